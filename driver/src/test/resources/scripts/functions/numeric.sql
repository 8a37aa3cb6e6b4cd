# Numeric functions as Hibernate renders HQL's (abs, mod, round, floor, ceiling, sqrt, exp, ln,
# power, sign, truncate, least, greatest) on integers, decimals, doubles and text, with NULL
# handling, MariaDB's rounding (decimals half away from zero, doubles to the nearest even) and
# its errors for results out of range.
CREATE TABLE m (id INT PRIMARY KEY, i INT, b BIGINT, d DECIMAL(8,3), f DOUBLE, s VARCHAR(10));
INSERT INTO m VALUES (1, 7, -9223372036854775807, 2.345, 2.5, '12abc'), (2, -7, 10, -2.345, -3.5, '0.5'), (3, NULL, NULL, NULL, NULL, NULL), (4, 0, 0, 0, 0, 'x');
select abs(i), abs(b), abs(d), abs(f), abs(s), abs(-0.0) from m order by id;
select mod(i, 3), mod(i, -3), mod(d, 1), mod(f, 2), i % 4, mod(i, 0), mod(d, 0), mod(29, 9), mod(-29.5, 9) from m order by id;
select round(d), round(d, 1), round(d, 2), round(d, -1), round(f), round(f, 1), round(i, -1), round(i), round(i, 2), round(s) from m order by id;
select round(2.5), round(-2.5), round(3.5), round(2.5e0), round(3.5e0), round(-2.5e0), round(1.005, 2), round(155, -1), round(150, -2), round(12345.678, -2), round(NULL), round(1.5, NULL);
select floor(d), ceiling(d), ceil(d), floor(f), ceiling(f), floor(i), ceiling(i), floor(s), ceiling('-1.5') from m order by id;
select truncate(d, 1), truncate(d, 0), truncate(d, -1), truncate(f, 0), truncate(i, -1), truncate(1.999, 2), truncate(-1.999, 1) from m order by id;
select sign(i), sign(d), sign(f), sign(s) from m order by id;
select sqrt(4), sqrt(2), sqrt(-1), sqrt(NULL), exp(0), exp(1), ln(1), ln(0), ln(-1), log(100), log(10, 100), log(2, 8), log2(8), log10(1000), log10(0);
select power(2, 10), pow(2, -1), power(2.5, 2), power(0, 0), power(NULL, 2), pi(), cast(pi() as double);
select sin(0), cos(0), tan(0), asin(1), acos(1), atan(1), atan2(1, 1), atan(1, 1), cot(1), degrees(pi()), radians(180), acos(2);
select least(1, 2, 3), greatest(1, 2, 3), least(1.5, 2), greatest(1, 2.5), least('b', 'a', 'C'), greatest('b', 'a', 'C'), least(1, NULL), greatest(2, 1e0), least(i, d), greatest(i, f) from m order by id;
select abs(-9223372036854775807 - 1);
select power(-8, 1/3);
select exp(1000);
select floor(-9.5e18), ceiling(9.5e18);
select abs(), mod(1), round(1, 2, 3);
select o.id from m o where mod(o.i, 2) = 1 and abs(o.d) > 2 order by o.id;
