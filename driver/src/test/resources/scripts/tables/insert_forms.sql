# INSERT forms: with and without a column list, several rows, DEFAULT, VALUES (), INSERT ... SET,
# NEXT VALUE FOR in values and as a column DEFAULT (taken only when no value is given),
# AUTO_INCREMENT (NULL and 0 generate, an explicit value moves the counter), LAST_INSERT_ID(),
# INSERT IGNORE (a duplicate becomes a warning) and REPLACE.
CREATE SEQUENCE s START WITH 100;
CREATE TABLE t (id BIGINT PRIMARY KEY DEFAULT (NEXT VALUE FOR s), name VARCHAR(10) DEFAULT 'none', n INT);
INSERT INTO t VALUES (1, 'a', 1);
INSERT INTO t (name) VALUES ('b'), ('c');
INSERT INTO t (id, name, n) VALUES (DEFAULT, DEFAULT, 4);
INSERT INTO t VALUES ();
INSERT INTO t (n) VALUES (NEXT VALUE FOR s);
INSERT INTO t SET name = 'set', n = 7;
SELECT * FROM t ORDER BY id;
SELECT LASTVAL(s);
CREATE TABLE a (id INT AUTO_INCREMENT PRIMARY KEY, v VARCHAR(5));
INSERT INTO a (v) VALUES ('x');
SELECT LAST_INSERT_ID();
INSERT INTO a (v) VALUES ('y'), ('z');
SELECT LAST_INSERT_ID();
INSERT INTO a VALUES (NULL, 'n'), (0, 'zero');
INSERT INTO a VALUES (10, 'ten');
INSERT INTO a (v) VALUES ('after');
SELECT * FROM a ORDER BY id;
SELECT LAST_INSERT_ID();
INSERT IGNORE INTO a VALUES (10, 'dup'), (20, 'new');
SELECT * FROM a WHERE id >= 10 ORDER BY id;
REPLACE INTO a VALUES (10, 'again');
SELECT * FROM a WHERE id = 10;
SHOW CREATE TABLE a;
INSERT INTO a (v, v) VALUES ('p', 'q');
INSERT INTO a (v) VALUES ('p', 'q');
INSERT INTO a VALUES (1);
# INSERT IGNORE skips a row a UNIQUE key refuses, leaving nothing of it
CREATE TABLE ig (id INT PRIMARY KEY, code VARCHAR(5) UNIQUE);
INSERT INTO ig VALUES (1, 'a');
INSERT IGNORE INTO ig VALUES (2, 'A'), (3, 'b');
SELECT * FROM ig ORDER BY id;
SELECT id FROM ig WHERE code = 'a';
