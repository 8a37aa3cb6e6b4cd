# Transactions on rows: autocommit on by default (each statement commits), SET autocommit=0,
# START TRANSACTION / BEGIN, COMMIT, ROLLBACK; a failing statement undoes only itself; DDL and
# SET autocommit=1 commit; another connection sees only what is committed (READ COMMITTED, set
# on both connections so that MariaDB answers the same); sequences are never rolled back.
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;
CREATE SEQUENCE s;
CREATE TABLE t (id BIGINT PRIMARY KEY DEFAULT NEXTVAL(s), v INT);
START TRANSACTION;
INSERT INTO t (v) VALUES (1), (2);
UPDATE t SET v = 20 WHERE v = 2;
DELETE FROM t WHERE v = 1;
SELECT * FROM t;
ROLLBACK;
SELECT * FROM t;
SELECT NEXTVAL(s);
BEGIN;
INSERT INTO t (v) VALUES (3);
INSERT INTO t (id, v) VALUES (40, 4);
INSERT INTO t (id, v) VALUES (40, 5);
COMMIT;
SELECT * FROM t ORDER BY id;
SET autocommit = 0;
SELECT @@autocommit;
INSERT INTO t (v) VALUES (6);
--connect other
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;
SELECT * FROM t ORDER BY id;
--connection default
COMMIT;
--connection other
SELECT * FROM t ORDER BY id;
--connection default
DELETE FROM t WHERE v = 6;
ROLLBACK;
SELECT COUNT(*) FROM t;
INSERT INTO t (v) VALUES (7);
CREATE TABLE u (a INT);
ROLLBACK;
SELECT v FROM t ORDER BY id;
INSERT INTO t (v) VALUES (8);
SET autocommit = 1;
ROLLBACK;
SELECT v FROM t ORDER BY id;
--connection other
SELECT v FROM t ORDER BY id;
--disconnect other
--connection default
COMMIT AND CHAIN;
INSERT INTO t (v) VALUES (9);
ROLLBACK;
SELECT COUNT(*) FROM t WHERE v = 9;
