# NEXTVAL of a sequence in another database, and of a same-named one in the current database.
CREATE DATABASE other;
CREATE SEQUENCE other.s START WITH 100;
CREATE SEQUENCE s START WITH 1;
SELECT NEXTVAL(s), NEXTVAL(other.s), NEXTVAL(test.s);
SELECT LASTVAL(s), LASTVAL(other.s);
USE other;
SELECT NEXTVAL(s), LASTVAL(test.s);
SELECT LASTVAL(s);
USE test;
SELECT NEXTVAL(nodb.s);
SELECT NEXTVAL(other.nope);
DROP DATABASE other;
