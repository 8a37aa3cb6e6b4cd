# TRUNCATE [TABLE] empties a table and sets AUTO_INCREMENT back to its start; DROP TABLE of
# several tables, IF EXISTS with a note for the missing ones; sequences are dropped by DROP TABLE too.
CREATE TABLE t (id INT AUTO_INCREMENT PRIMARY KEY, v INT) AUTO_INCREMENT = 10;
INSERT INTO t (v) VALUES (1), (2), (3);
SELECT * FROM t;
TRUNCATE TABLE t;
SELECT COUNT(*) FROM t;
INSERT INTO t (v) VALUES (4);
SELECT * FROM t;
TRUNCATE t;
INSERT INTO t (v) VALUES (5);
SELECT * FROM t;
TRUNCATE nosuch;
CREATE SEQUENCE s;
CREATE TABLE u (a INT);
DROP TABLE t, u, s;
SHOW TABLES;
DROP TABLE IF EXISTS t, nosuch;
DROP TABLE t;
