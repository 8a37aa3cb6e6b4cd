# SET sql_notes = 0 keeps notes away; warnings of other levels still come.
SET sql_notes = 0;
DROP SEQUENCE IF EXISTS nope;
SHOW WARNINGS;
CREATE SEQUENCE s;
CREATE SEQUENCE IF NOT EXISTS s;
SELECT @@warning_count;
SET sql_notes = 1;
DROP SEQUENCE IF EXISTS nope;
SELECT @@sql_notes;
# sql_notes = 0 drops notes only: warnings and errors are still recorded.
SET sql_notes = 0;
SELECT 1/0;
DROP SEQUENCE IF EXISTS nope, s;
SELECT @@warning_count;
SET sql_notes = 1;
