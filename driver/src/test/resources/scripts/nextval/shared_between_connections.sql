# The cache belongs to the sequence, not to the connection: connections take turns from one block.
CREATE SEQUENCE s START WITH 1 CACHE 3;
SELECT NEXTVAL(s);
--connect two
SELECT NEXTVAL(s);
SELECT * FROM s;
--connection default
SELECT NEXTVAL(s), NEXTVAL(s);
SELECT * FROM s;
--connection two
SELECT NEXTVAL(s);
SELECT LASTVAL(s);
--disconnect two
--connection default
SELECT LASTVAL(s);
SELECT NEXTVAL(s);
