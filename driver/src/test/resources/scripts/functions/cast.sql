# CAST and CONVERT to the targets Hibernate uses (char, signed, decimal(p,s), date, double) and
# the others MariaDB has (unsigned, integer, datetime(n), time(n), float, binary, char(n)): the
# value converted, NULL through, and the warnings for text that is not a number or date.
CREATE TABLE c (id INT PRIMARY KEY, i INT, d DECIMAL(8,3), f DOUBLE, s VARCHAR(30), dt DATETIME(6), da DATE);
INSERT INTO c VALUES (1, 42, 2.5, 2.5, '17', '2020-01-02 03:04:05.678901', '2020-01-02'), (2, -1, -2.5, -0.5, '3.7xyz', NULL, NULL), (3, NULL, NULL, NULL, NULL, NULL, NULL);
select cast(i as char), cast(d as char), cast(f as char), cast(dt as char), cast(da as char), cast(s as char(2)) from c order by id;
select cast(i as signed), cast(d as signed), cast(f as signed), cast(s as signed), cast(da as signed), cast(dt as signed), cast(i as integer), cast(d as signed integer) from c order by id;
select cast(i as unsigned), cast(d as unsigned), cast('5' as unsigned) from c order by id;
select cast(i as decimal(5,1)), cast(d as decimal(4,0)), cast(f as decimal(10,2)), cast(s as decimal(6,2)), cast(i as decimal), cast(123.456 as decimal(4,2)), cast(-123.456 as decimal(4,2)) from c order by id;
select cast(s as date), cast(dt as date), cast('2020-02-30' as date), cast(20200102 as date), cast(dt as datetime), cast(da as datetime), cast(dt as datetime(2)), cast(dt as time), cast(dt as time(3)), cast('10:11:12' as time) from c order by id;
select cast(i as double), cast(d as double), cast(s as double), cast(f as float), cast(s as binary), cast(i as binary(4)) from c order by id;
select convert(i, char), convert(s, signed), convert(d, decimal(5,2)), convert('2020-01-02', date), convert('abc' using utf8mb4) from c order by id;
select cast(c.i as char) || '-' from c order by id;
select concat(concat(cast(i as char),'-'),id) from c order by id;
select cast(1 as nosuchtype);
select cast(1);
