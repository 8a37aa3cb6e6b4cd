# GROUP_CONCAT([DISTINCT] x [, y ...] [ORDER BY ...] [SEPARATOR 's']): the group's non-NULL
# values as text joined by ',' (or the separator), in the order asked for, NULL for a group with
# none; several values are concatenated per row, a row with a NULL among them left out.
--types
CREATE TABLE gc (id INT PRIMARY KEY, k VARCHAR(5), v INT, d DECIMAL(5,2));
INSERT INTO gc VALUES (1, 'a', 3, 1.50), (2, 'a', 1, NULL), (3, 'b', 2, 2.00), (4, 'a', 3, 0.25), (5, 'c', NULL, NULL);
select group_concat(id order by id) from gc;
select k, group_concat(v order by v) from gc group by k order by k;
select k, group_concat(distinct v order by v desc separator ';') from gc group by k order by k;
select group_concat(k, '-', v order by id separator ' | ') from gc;
select group_concat(d order by d), group_concat(id order by id separator '') from gc;
select count(*), group_concat(v) from gc where id > 9;
select k from gc group by k having group_concat(v order by v) = '1,3,3' order by k;
select group_concat(nosuch) from gc;
