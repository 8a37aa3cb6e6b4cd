# An unqualified name in LASTVAL is resolved in the current database.
CREATE DATABASE other;
CREATE SEQUENCE s START WITH 1;
CREATE SEQUENCE other.s START WITH 100;
SELECT NEXTVAL(s), NEXTVAL(other.s);
USE other;
SELECT LASTVAL(s), LASTVAL(test.s);
USE test;
SELECT LASTVAL(s), LASTVAL(other.s);
DROP DATABASE other;
SELECT LASTVAL(other.s);
