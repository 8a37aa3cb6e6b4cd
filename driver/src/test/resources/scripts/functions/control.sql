# COALESCE, IFNULL, NULLIF, IF and CASE in both forms: the first non-NULL value, the branch
# taken, and the value made to the type of all the branches (an integer branch beside a
# decimal one comes out as a decimal); CASE in ORDER BY as Hibernate's `nulls first/last`.
CREATE TABLE p (id INT PRIMARY KEY, city VARCHAR(10), n INT, d DECIMAL(6,2), f DOUBLE, dt DATETIME, da DATE);
INSERT INTO p VALUES (1, NULL, 1, 1.50, 0.5, '2020-01-02 03:04:05', '2021-01-01'), (2, 'Oslo', NULL, NULL, NULL, NULL, NULL), (3, 'Bergen', 3, -2.25, 3e10, NULL, '2022-02-02'), (4, 'Oslo', 0, 0, 0, '2020-05-05 00:00:00', NULL);
select coalesce(city, '-'), coalesce(n, d), coalesce(n, f), coalesce(NULL, NULL), coalesce(city, n), coalesce(dt, da), coalesce(n, 'x') from p order by id;
select ifnull(city, 'none'), ifnull(n, d), ifnull(d, n), ifnull(NULL, 2), nvl(n, 0), nullif(city, 'Oslo'), nullif(n, 1), nullif(NULL, 1), nullif(d, 0) from p order by id;
select if(n > 1, 'big', 'small'), if(n, d, n), if(city is null, 0, 1.5), if(NULL, 1, 2) from p order by id;
select case when city is null then 'none' else city end, case when n > 1 then 'big' when n = 1 then 'one' end, case city when 'Oslo' then 1 when 'Bergen' then 2 else 0 end from p order by id;
select case when n then 1 else 2.5 end, case when n then d else n end, case n when 1 then f else 0 end, case when 1 then NULL else 3 end, case when n then dt else da end from p order by id;
select case city when NULL then 'null' else 'other' end, case NULL when NULL then 1 else 0 end, case when NULL then 1 end from p order by id;
select city from p order by case when (city) is null then 0 else 1 end, city desc, id;
select city from p order by case when (city) is null then 1 else 0 end, city, id;
select city, count(*) from p group by city order by case when (city) is null then 1 else 0 end, city;
select sum(case when n > 0 then 1 else 0 end), count(case when city = 'Oslo' then 1 end), max(case when d < 0 then d end) from p;
select case when city = 'Oslo' then 'o' else 'x' end as k, count(*) from p group by case when city = 'Oslo' then 'o' else 'x' end order by k;
select id from p where case when n is null then 0 else n end > 0 order by id;
CREATE TABLE rules (id INT PRIMARY KEY, update_rule VARCHAR(20));
INSERT INTO rules VALUES (1, 'CASCADE'), (2, 'NO ACTION'), (3, 'RESTRICT'), (4, 'SET NULL'), (5, 'SET DEFAULT'), (6, 'other');
select case b.update_rule when 'RESTRICT' then 1 when 'NO ACTION' then 3 when 'CASCADE' then 0 when 'SET NULL' then 2 when 'SET DEFAULT' then 4 end as UPDATE_RULE from rules b order by b.id;
select case when id then 1;
select case id end from p;
select coalesce();
select nullif(1);
select if(1, 2);
