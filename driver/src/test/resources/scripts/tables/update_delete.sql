# UPDATE ... SET col = expression [, ...] (left to right, each seeing the ones before) WHERE,
# ORDER BY ... LIMIT; DELETE ... WHERE; MariaDB's DELETE alias FROM t alias and UPDATE t alias
# SET alias.c (as Hibernate writes bulk statements); a primary key changed by UPDATE.
CREATE TABLE c (id BIGINT PRIMARY KEY, name VARCHAR(10) NOT NULL, active BIT NOT NULL, version INT NOT NULL, city VARCHAR(10));
INSERT INTO c VALUES (1, 'a', 1, 0, 'Oslo'), (2, 'b', 1, 0, 'Bergen'), (3, 'c', 0, 0, 'Oslo'), (4, 'd', 1, 0, NULL);
UPDATE c SET name = CONCAT(name, '!'), version = version + 1 WHERE id = 1;
UPDATE c SET version = version + 10, city = CONCAT(city, version) WHERE id = 2;
SELECT * FROM c ORDER BY id;
update c c1_0 set active=0,version=(c1_0.version+1) where c1_0.city='Oslo';
SELECT id, active, version FROM c ORDER BY id;
UPDATE c SET version = 99 ORDER BY id DESC LIMIT 2;
SELECT id, version FROM c ORDER BY id;
UPDATE c SET id = 10 WHERE id = 4;
UPDATE c SET id = 1 WHERE id = 2;
UPDATE c SET name = NULL WHERE id = 3;
UPDATE c SET name = DEFAULT WHERE id = 3;
UPDATE c SET zz = 1;
UPDATE c SET name = 'x' WHERE zz = 1;
UPDATE c x SET c.name = 'x';
delete c1_0 from c c1_0 where c1_0.active=0;
SELECT id FROM c ORDER BY id;
DELETE x FROM c WHERE id = 1;
DELETE FROM c WHERE id = 10;
DELETE FROM c ORDER BY id LIMIT 1;
SELECT id FROM c ORDER BY id;
DELETE FROM c;
SELECT COUNT(*) FROM c;
CREATE SEQUENCE s;
UPDATE s SET increment = 2;
DELETE FROM s;
UPDATE nosuch SET a = 1;
