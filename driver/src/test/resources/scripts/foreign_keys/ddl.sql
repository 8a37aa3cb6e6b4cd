# What DDL does about foreign keys: a referenced table cannot be dropped (1451; the tables named
# before it in the same DROP are dropped) or truncated (1701); a foreign key must be well formed
# (1005: no such table or column, no key starting with the referenced columns, other types, SET
# NULL on a NOT NULL column); ALTER TABLE ... ADD FOREIGN KEY; foreign_key_checks = 0 turns all of
# it off (as mariadb-dump's output and Hibernate's drop order need).
CREATE TABLE z (a INT);
CREATE TABLE mp (a INT PRIMARY KEY, b INT, c BIGINT);
CREATE TABLE mc (id INT PRIMARY KEY, a INT, FOREIGN KEY (a) REFERENCES mp (a));
INSERT INTO mp VALUES (1, 1, 1);
INSERT INTO mc VALUES (1, 1);
DROP TABLE z, mp;
SHOW TABLES;
TRUNCATE mp;
DROP TABLE IF EXISTS mp;
CREATE TABLE bad1 (id INT PRIMARY KEY, a INT, FOREIGN KEY (a) REFERENCES nosuch (a));
CREATE TABLE bad2 (id INT PRIMARY KEY, a INT, FOREIGN KEY (a) REFERENCES mp (nosuch));
CREATE TABLE bad3 (id INT PRIMARY KEY, b INT, FOREIGN KEY (b) REFERENCES mp (b));
CREATE TABLE bad4 (id INT PRIMARY KEY, a BIGINT, FOREIGN KEY (a) REFERENCES mp (a));
CREATE TABLE bad5 (id INT PRIMARY KEY, a INT NOT NULL, FOREIGN KEY (a) REFERENCES mp (a) ON DELETE SET NULL);
CREATE TABLE ok1 (id INT PRIMARY KEY, c BIGINT, FOREIGN KEY (c) REFERENCES mc (id));
CREATE TABLE ok2 (id INT PRIMARY KEY, a INT UNSIGNED, FOREIGN KEY (a) REFERENCES mp (a));
CREATE TABLE ok3 (id INT PRIMARY KEY, a INT, FOREIGN KEY (a) REFERENCES mp (a) ON DELETE SET NULL);
DROP TABLE IF EXISTS ok1, ok2, ok3;
CREATE TABLE ac (id INT PRIMARY KEY, a INT);
INSERT INTO ac VALUES (1, 1), (2, NULL);
ALTER TABLE ac ADD CONSTRAINT fk_ac FOREIGN KEY (a) REFERENCES mp (a);
INSERT INTO ac VALUES (3, 7);
SET foreign_key_checks = 0;
INSERT INTO mc VALUES (2, 99);
DELETE FROM mp WHERE a = 1;
TRUNCATE mp;
DROP TABLE mp;
CREATE TABLE later (id INT PRIMARY KEY, a INT, FOREIGN KEY (a) REFERENCES nosuch (a));
SHOW CREATE TABLE later;
select @@foreign_key_checks;
SET foreign_key_checks = 1;
INSERT INTO later VALUES (1, 1);
INSERT INTO later VALUES (2, NULL);
CREATE TABLE nosuch (a INT PRIMARY KEY);
INSERT INTO later VALUES (1, 1);
INSERT INTO nosuch VALUES (1);
INSERT INTO later VALUES (1, 1);
select * from mc order by id;
DROP TABLE mc, ac, later, nosuch, z;
SHOW TABLES;
