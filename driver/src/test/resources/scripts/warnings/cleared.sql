# Warnings belong to the last statement: the next statement that is not SHOW WARNINGS clears them.
DROP SEQUENCE IF EXISTS nope;
SHOW WARNINGS;
SHOW WARNINGS;
CREATE SEQUENCE s;
SHOW WARNINGS;
DROP SEQUENCE IF EXISTS nope;
SELECT NEXTVAL(s);
SHOW WARNINGS;
DROP SEQUENCE IF EXISTS nope;
SELECT nothing;
SHOW WARNINGS;
DROP SEQUENCE IF EXISTS nope;
--connect two
SHOW WARNINGS;
--connection default
SHOW WARNINGS;
# A statement that uses no table keeps the list, until it raises a condition of its own.
--connection default
DROP SEQUENCE IF EXISTS nope;
SELECT 1;
SHOW WARNINGS;
SELECT 1/0;
SHOW WARNINGS;
DROP SEQUENCE IF EXISTS nope;
SELECT 1 +;
SHOW WARNINGS;
DROP SEQUENCE IF EXISTS nope;
SELECT @@warning_count, @@error_count;
SHOW COUNT(*) WARNINGS;
