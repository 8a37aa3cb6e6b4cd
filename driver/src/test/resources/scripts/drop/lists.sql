# DROP SEQUENCE a, b, ...: existing ones are dropped even when others are missing; the message lists every missing one.
CREATE SEQUENCE a;
CREATE SEQUENCE b;
CREATE SEQUENCE c;
DROP SEQUENCE a, b;
SHOW TABLES;
DROP SEQUENCE c, x, y;
SHOW TABLES;
CREATE SEQUENCE a;
CREATE TABLE t (i INT);
DROP SEQUENCE a, t, z;
SHOW FULL TABLES;
DROP SEQUENCE IF EXISTS t, z;
SHOW FULL TABLES;
CREATE SEQUENCE d;
DROP SEQUENCE d, d;
SHOW TABLES;
# One table twice in the list is 1066 before anything is looked at; names compare case and all.
DROP SEQUENCE IF EXISTS x, x;
DROP SEQUENCE x, test.x;
DROP SEQUENCE x, X;
DROP TABLE t, t;
DROP TEMPORARY SEQUENCE x, x;
SHOW FULL TABLES;
