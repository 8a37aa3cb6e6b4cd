# Each connection has its own LASTVAL; a new connection starts with NULL.
CREATE SEQUENCE s START WITH 1 CACHE 5;
SELECT NEXTVAL(s);
--connect two
SELECT LASTVAL(s);
SELECT NEXTVAL(s), NEXTVAL(s);
--connect three
SELECT LASTVAL(s);
--connection default
SELECT LASTVAL(s);
SELECT NEXTVAL(s);
--connection two
SELECT LASTVAL(s);
--connection three
SELECT NEXTVAL(s);
--disconnect two
--connect two
SELECT LASTVAL(s);
--connection default
SELECT LASTVAL(s);
