# What a missing name is, by the kind of statement: a statement that opens tables (INSERT,
# UPDATE, DELETE, a SELECT with FROM, even seq_1_to_N) opens the sequences it names with them, so
# a missing one is 1146; SELECT without FROM and DO give 4091. A qualified column without FROM
# is 1109 (no such table); with FROM, 1054. INFORMATION_SCHEMA.TABLES counts a table's rows.
CREATE SEQUENCE s;
CREATE TABLE t (a INT PRIMARY KEY, b INT DEFAULT (NEXT VALUE FOR s));
INSERT INTO t VALUES (1, 1);
SELECT NEXTVAL(nosuch);
DO NEXTVAL(nosuch);
SELECT (SELECT NEXTVAL(nosuch));
SELECT NEXTVAL(nosuch) FROM t;
SELECT NEXTVAL(nosuch) FROM seq_1_to_2;
UPDATE t SET b = NEXTVAL(nosuch);
DELETE FROM t WHERE a = NEXTVAL(nosuch);
INSERT INTO t VALUES (NEXTVAL(nosuch), 1);
INSERT INTO t SELECT LASTVAL(nosuch), 1;
INSERT INTO t VALUES (NEXTVAL(t), 1);
RENAME TABLE s TO s2;
INSERT INTO t (a) VALUES (2);
RENAME TABLE s2 TO s;
INSERT INTO t (a) VALUES (2);
SELECT t.a;
SELECT x.y;
DO x.y;
SELECT test.t.a;
SELECT x.a FROM t;
SELECT a FROM t WHERE x.a = 1;
INSERT INTO t (a) VALUES (3), (4);
SELECT TABLE_NAME, TABLE_ROWS, AVG_ROW_LENGTH, DATA_LENGTH FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'test' ORDER BY 1;
DELETE FROM t WHERE a = 1;
SELECT TABLE_NAME, TABLE_ROWS FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'test' ORDER BY 1;
