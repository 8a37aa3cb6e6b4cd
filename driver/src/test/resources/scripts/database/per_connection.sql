# The current database belongs to the connection.
CREATE DATABASE d1;
USE d1;
--connect two
SELECT DATABASE();
CREATE SEQUENCE s START WITH 1;
--connection default
CREATE SEQUENCE s START WITH 100;
SELECT NEXTVAL(s), NEXTVAL(test.s);
--connection two
SELECT NEXTVAL(s), NEXTVAL(d1.s);
--connection default
DROP DATABASE d1;
