# Isolation levels as InnoDB runs them. REPEATABLE READ (the default): a transaction's first
# SELECT fixes one snapshot of every table, later SELECTs read it and the transaction's own
# changes, while UPDATE and DELETE act on the newest committed rows (so they change rows the
# snapshot lacks, which the transaction then sees); WITH CONSISTENT SNAPSHOT fixes it at START.
# READ COMMITTED sees each commit; READ UNCOMMITTED sees other transactions' changes at once;
# SERIALIZABLE SELECTs in a transaction lock what they read. SET TRANSACTION without SESSION is
# for the next transaction only (1568 inside one); tx_isolation takes names and 0 to 3.
SELECT @@tx_isolation, @@global.tx_isolation, @@session.tx_isolation;
CREATE TABLE t (id INT PRIMARY KEY, v INT);
CREATE TABLE u (id INT PRIMARY KEY);
INSERT INTO t VALUES (1, 10), (2, 20);
--connect other
SET SESSION innodb_lock_wait_timeout = 1;
--connection default
SET SESSION innodb_lock_wait_timeout = 1;
START TRANSACTION;
SELECT * FROM t ORDER BY id;
--connection other
INSERT INTO t VALUES (3, 30);
UPDATE t SET v = 11 WHERE id = 1;
DELETE FROM t WHERE id = 2;
INSERT INTO u VALUES (7);
--connection default
SELECT * FROM t ORDER BY id;
SELECT * FROM u;
SELECT COUNT(*), SUM(v) FROM t WHERE v > 5;
UPDATE t SET v = v + 1 WHERE v >= 11;
SELECT * FROM t ORDER BY id;
INSERT INTO t VALUES (2, 99);
COMMIT;
SELECT * FROM t ORDER BY id;
SELECT * FROM u;
START TRANSACTION;
--connection other
INSERT INTO t VALUES (4, 40);
--connection default
SELECT * FROM t ORDER BY id;
COMMIT;
START TRANSACTION WITH CONSISTENT SNAPSHOT;
--connection other
INSERT INTO t VALUES (5, 50);
--connection default
SELECT * FROM t ORDER BY id;
COMMIT;
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;
SELECT @@tx_isolation;
START TRANSACTION;
SELECT COUNT(*) FROM t;
--connection other
INSERT INTO t VALUES (6, 60);
--connection default
SELECT COUNT(*) FROM t;
COMMIT;
SET SESSION TRANSACTION ISOLATION LEVEL READ UNCOMMITTED;
--connection other
START TRANSACTION;
INSERT INTO t VALUES (7, 70);
--connection default
SELECT COUNT(*) FROM t;
--connection other
ROLLBACK;
--connection default
SELECT COUNT(*) FROM t;
SET SESSION TRANSACTION ISOLATION LEVEL SERIALIZABLE;
START TRANSACTION;
SELECT v FROM t WHERE id = 1;
--connection other
UPDATE t SET v = 0 WHERE id = 1;
SELECT v FROM t WHERE id = 1;
--connection default
COMMIT;
--connection other
UPDATE t SET v = 0 WHERE id = 1;
--connection default
SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ;
SET TRANSACTION ISOLATION LEVEL READ COMMITTED;
SELECT @@tx_isolation;
START TRANSACTION;
SET TRANSACTION ISOLATION LEVEL SERIALIZABLE;
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;
SELECT @@tx_isolation;
COMMIT;
SET tx_isolation = 'repeatable-read';
SELECT @@tx_isolation;
SET tx_isolation = 0;
SELECT @@tx_isolation;
SET tx_isolation = 'bogus';
SET SESSION tx_isolation = DEFAULT;
SELECT @@tx_isolation;
SET SESSION TRANSACTION READ WRITE, ISOLATION LEVEL SERIALIZABLE;
SELECT @@tx_isolation, @@tx_read_only;
SET GLOBAL TRANSACTION ISOLATION LEVEL READ COMMITTED;
SELECT @@global.tx_isolation, @@tx_isolation;
SET GLOBAL TRANSACTION ISOLATION LEVEL REPEATABLE READ;
SET TRANSACTION ISOLATION LEVEL;
