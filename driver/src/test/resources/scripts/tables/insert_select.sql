# INSERT ... SELECT (and REPLACE ... SELECT): the query's rows, read before any is written (so a
# table can be copied into itself), made fit for the columns, with defaults for the columns not
# named, 1062 / 1136 / 1452 as for VALUES, INSERT IGNORE skipping the refused rows.
CREATE SEQUENCE s;
CREATE TABLE src (id INT PRIMARY KEY, name VARCHAR(10), price DECIMAL(6,2));
CREATE TABLE dst (id BIGINT PRIMARY KEY DEFAULT NEXTVAL(s), name VARCHAR(10), price DECIMAL(6,1), note VARCHAR(5) DEFAULT 'none');
INSERT INTO src VALUES (1, 'a', 1.25), (2, 'b', 2.00), (3, 'c', NULL);
INSERT INTO dst (name, price) SELECT name, price FROM src WHERE id < 3 ORDER BY id;
SELECT * FROM dst ORDER BY id;
INSERT INTO dst SELECT id + 10, upper(name), price, 'copy' FROM src;
SELECT * FROM dst ORDER BY id;
INSERT INTO src SELECT id + 100, name, price FROM src;
SELECT COUNT(*) FROM src;
INSERT INTO dst (id, name) SELECT id, name FROM src WHERE id = 1;
INSERT INTO dst (id, name) (SELECT 11, 'dup');
INSERT IGNORE INTO dst (id, name) SELECT id + 10, name FROM src WHERE id <= 4;
SELECT id, name FROM dst ORDER BY id;
REPLACE INTO dst (id, name, note) SELECT 11, 'again', 'r';
SELECT id, name, note FROM dst WHERE id = 11;
INSERT INTO dst (name) SELECT name, price FROM src;
INSERT INTO dst (name) SELECT 'x' UNION ALL SELECT 'y';
SELECT id, name FROM dst WHERE name IN ('x', 'y') ORDER BY id;
CREATE TABLE child (id INT PRIMARY KEY, src_id INT, FOREIGN KEY (src_id) REFERENCES src (id));
INSERT INTO child SELECT id, id FROM src WHERE id < 3;
INSERT INTO child SELECT 9, 99;
SELECT * FROM child ORDER BY id;
INSERT INTO dst (name) SELECT nosuch FROM src;
