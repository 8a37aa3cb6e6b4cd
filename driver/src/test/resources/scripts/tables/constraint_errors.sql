# Constraint and value errors as MariaDB's strict mode gives them: 1062 (PRIMARY and a named
# unique key), 1048, 1364, 1406, 1264, 1366, 1265, 1292, 1054 naming the clause, 1146, 1136 with
# the row; a multi-row INSERT that fails at row 3 keeps none of its rows.
CREATE TABLE e (id INT PRIMARY KEY, v VARCHAR(3) NOT NULL, n INT NOT NULL, u TINYINT UNSIGNED, d DECIMAL(4,2), uq INT, dt DATE, tm DATETIME, UNIQUE KEY uq_key (uq));
INSERT INTO e (id, v, n, uq) VALUES (1, 'abc', 1, 1);
INSERT INTO e (id, v, n) VALUES (1, 'x', 1);
INSERT INTO e (id, v, n, uq) VALUES (2, 'x', 1, 1);
INSERT INTO e (id, v) VALUES (2, 'a');
INSERT INTO e (id, v, n) VALUES (2, NULL, 1);
INSERT INTO e (id, v, n) VALUES (2, 'abcd', 1);
INSERT INTO e (id, v, n, u) VALUES (2, 'a', 1, 256);
INSERT INTO e (id, v, n, u) VALUES (2, 'a', 1, -1);
INSERT INTO e (id, v, n, d) VALUES (2, 'a', 1, 100);
INSERT INTO e (id, v, n) VALUES (2, 'a', 'abc');
INSERT INTO e (id, v, n) VALUES (2, 'a', '12abc');
INSERT INTO e (id, v, n, dt) VALUES (2, 'a', 1, '2024-13-01');
INSERT INTO e (id, v, n, tm) VALUES (2, 'a', 1, 'garbage');
INSERT INTO e (id, v, n, zz) VALUES (2, 'a', 1, 1);
INSERT INTO nosuch VALUES (1);
INSERT INTO e VALUES (3, 'a', 1);
INSERT INTO e (id, v, n) VALUES (5, 'a', 1), (6, 'b', 1), (7, NULL, 1);
INSERT INTO e (id, v, n) VALUES (5, 'a', 1), (6, 'b', 1), (7, 'abcd', 1);
INSERT INTO e (id, v, n) VALUES (5, 'a', 1), (6, 'b', 1), (5, 'c', 1);
SELECT id FROM e ORDER BY id;
# a value rounded to its DECIMAL column is a note, and a date given a time too
INSERT INTO e (id, v, n, d, dt) VALUES (8, 'a', 1.5, 1.234, '2024-01-01 10:00:00');
SELECT id, n, d, dt FROM e WHERE id = 8;
SELECT zz FROM e;
SELECT id FROM e WHERE zz = 1;
SELECT id FROM e ORDER BY zz;
SELECT x.id FROM e;
SELECT e.id FROM e x;
SELECT x.* FROM e;
UPDATE e SET v = NULL;
UPDATE e SET uq = 1 WHERE id = 8;
SELECT * FROM nosuch;
