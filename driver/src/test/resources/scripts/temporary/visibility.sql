# A temporary sequence is seen only by the connection that made it and goes away with it.
CREATE TEMPORARY SEQUENCE t START WITH 5;
SELECT NEXTVAL(t);
SELECT * FROM t;
SHOW TABLES;
--connect two
SELECT NEXTVAL(t);
SELECT * FROM t;
CREATE TEMPORARY SEQUENCE t START WITH 50;
SELECT NEXTVAL(t);
--connection default
SELECT NEXTVAL(t);
--disconnect default
--connect default
SELECT NEXTVAL(t);
--connection two
SELECT NEXTVAL(t);
