# 1031 HY000 Storage engine SEQUENCE of the table `db`.`s` doesn't have this option: UPDATE and DELETE.
CREATE SEQUENCE s;
UPDATE s SET next_not_cached_value = 10;
UPDATE s SET increment = 2 WHERE 1 = 1;
DELETE FROM s;
DELETE FROM s WHERE next_not_cached_value = 1;
CREATE DATABASE other;
CREATE SEQUENCE other.o;
UPDATE other.o SET cache_size = 1;
DELETE FROM other.o;
SELECT * FROM s;
SELECT * FROM other.o;
DROP DATABASE other;
