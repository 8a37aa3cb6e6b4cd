# FLOAT(M,D) and DOUBLE(M,D) (also REAL(M,D) and DOUBLE PRECISION(M,D)): values rounded to D decimals,
# at most M - D digits before the point (1264 beyond), printed with D decimals, also by arithmetic
# on them; SHOW CREATE TABLE and INFORMATION_SCHEMA keep M and D. FLOAT(p) alone picks float or double.
--types
CREATE TABLE fd (id INT PRIMARY KEY, a FLOAT(7,2), b DOUBLE(10,3), c FLOAT, d DOUBLE PRECISION(6,1), e REAL(5,0), g FLOAT(30));
INSERT INTO fd VALUES (1, 1.23456, 2.34567, 3.45678, 12345.67, 123.5, 1.5), (2, 1.5, 2, 1, 1, 2.5, 2), (3, 1.005, 2.0005, 0, -0.05, -7.5, 0), (4, -3.14159, 1e-9, 0, 99999.94, 99999, 0);
select * from fd order by id;
select a + 0, b * 2, a * b, a - 1.5, round(1.5e0, 2) * round(2e0, 1), round(1.5e0, 2) * round(2e0, 3) from fd order by id;
SHOW CREATE TABLE fd;
# (INFORMATION_SCHEMA's own column types are not this script's business)
--types off
select column_name, column_type, numeric_precision, numeric_scale from information_schema.columns where table_name = 'fd' order by ordinal_position;
INSERT INTO fd VALUES (5, 100000, 0, 0, 0, 0, 0);
INSERT INTO fd VALUES (5, 99999.995, 0, 0, 0, 0, 0);
INSERT INTO fd VALUES (5, 0, 0, 0, 99999.96, 0, 0);
select count(*) from fd;
CREATE TABLE bad1 (a FLOAT(40,31));
CREATE TABLE bad2 (a DOUBLE(5,6));
CREATE TABLE bad3 (a FLOAT(256,2));
# MariaDB checks D beyond M first, then D beyond 30, then M beyond 255
CREATE TABLE bad4 (a FLOAT(20,31));
CREATE TABLE bad5 (a FLOAT(256,40));
CREATE TABLE bad6 (a DOUBLE PRECISION(300,2));
CREATE TABLE bad7 (a REAL(10,20));
