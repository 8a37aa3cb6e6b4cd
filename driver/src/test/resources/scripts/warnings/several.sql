# One statement can leave several notes, one per missing name, in the order named.
CREATE SEQUENCE b;
DROP SEQUENCE IF EXISTS a, b, c;
SHOW WARNINGS;
SHOW COUNT(*) WARNINGS;
SELECT @@warning_count;
CREATE TABLE t (x INT);
DROP SEQUENCE IF EXISTS t, u;
SHOW WARNINGS;
