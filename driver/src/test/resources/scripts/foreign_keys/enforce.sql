# Foreign keys enforced as InnoDB does: 1452 for a child row without its parent (INSERT, UPDATE,
# INSERT IGNORE's warning), 1451 for a referenced parent row (DELETE, UPDATE of its key, REPLACE),
# a child with a NULL in its key needs no parent; a duplicate key is 1062 before the foreign key.
CREATE TABLE parent (id INT PRIMARY KEY, code VARCHAR(5) UNIQUE, name VARCHAR(10));
CREATE TABLE child (id INT PRIMARY KEY, pid INT, CONSTRAINT fk_p FOREIGN KEY (pid) REFERENCES parent (id));
CREATE TABLE child2 (id INT PRIMARY KEY, pcode VARCHAR(5), FOREIGN KEY (pcode) REFERENCES parent (code) ON DELETE CASCADE ON UPDATE CASCADE);
INSERT INTO parent VALUES (1, 'a', 'one'), (2, 'b', 'two'), (3, 'c', 'three');
INSERT INTO child VALUES (10, 1), (11, NULL);
INSERT INTO child VALUES (12, 9);
INSERT INTO child VALUES (12, 3), (13, 9);
select * from child order by id;
INSERT INTO child VALUES (10, 9);
INSERT INTO child2 VALUES (20, 'a'), (21, 'b'), (22, 'B');
INSERT INTO child2 VALUES (23, 'z');
DELETE FROM parent WHERE id = 1;
DELETE FROM parent WHERE id = 2;
select * from child2 order by id;
UPDATE parent SET id = 5 WHERE id = 1;
UPDATE parent SET code = 'x' WHERE id = 1;
UPDATE parent SET name = 'uno' WHERE id = 1;
select * from parent order by id;
select * from child2 order by id;
UPDATE child SET pid = 7 WHERE id = 10;
UPDATE child SET pid = 3 WHERE id = 10;
UPDATE child SET pid = NULL WHERE id = 11;
select * from child order by id;
INSERT IGNORE INTO child VALUES (13, 99), (14, 3);
select * from child order by id;
REPLACE INTO parent VALUES (3, 'c', 'tres');
DELETE FROM parent;
select * from parent order by id;
DELETE FROM child;
DELETE FROM parent WHERE id = 3;
select * from parent order by id;
select * from child2 order by id;
