# DROP TABLE drops a sequence too; DROP SEQUENCE drops only sequences; DROP VIEW is not for sequences.
CREATE SEQUENCE s;
CREATE SEQUENCE s2;
DROP TABLE s;
SHOW TABLES;
DROP TABLE IF EXISTS s, s2;
SHOW TABLES;
CREATE SEQUENCE s3;
DROP VIEW s3;
SHOW TABLES;
# DROP VIEW: a warning 1347 for each name that is a table or sequence, then one 4092 naming all.
CREATE TABLE t (a INT);
DROP VIEW IF EXISTS s3, t, nope;
DROP VIEW nope CASCADE;
DROP VIEW s3, other.v;
SHOW WARNINGS;
DROP VIEW nope, nope;
SHOW FULL TABLES;
