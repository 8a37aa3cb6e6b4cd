# Two transactions and one foreign key: a child row another transaction is adding keeps its
# parent from being deleted, and a parent row another transaction is deleting keeps a child
# from being added: the second statement waits for the first transaction (here 1205 after
# innodb_lock_wait_timeout = 1), and once it commits, sees what it left.
CREATE TABLE parent (id INT PRIMARY KEY);
CREATE TABLE child (id INT PRIMARY KEY, pid INT, FOREIGN KEY (pid) REFERENCES parent (id));
INSERT INTO parent VALUES (1), (2);
--connect two
SET SESSION innodb_lock_wait_timeout = 1;
START TRANSACTION;
INSERT INTO child VALUES (10, 1);
--connection default
SET SESSION innodb_lock_wait_timeout = 1;
DELETE FROM parent WHERE id = 1;
select * from parent order by id;
--connection two
COMMIT;
--connection default
DELETE FROM parent WHERE id = 1;
START TRANSACTION;
DELETE FROM parent WHERE id = 2;
--connection two
INSERT INTO child VALUES (11, 2);
--connection default
COMMIT;
--connection two
INSERT INTO child VALUES (11, 2);
select * from child order by id;
select @@innodb_lock_wait_timeout;
