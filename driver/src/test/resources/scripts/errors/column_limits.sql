# Column type sizes beyond MariaDB's limits, refused when the column is defined (also by CAST):
# DECIMAL precision 65 / scale 38 / M >= D, FLOAT and DOUBLE (M,D), display widths, CHAR 255,
# VARCHAR 16383, fractional seconds 6, BIT 64 (found by mutating the scripts: DECIMAL(5,22) failed
# later with an internal error).
CREATE TABLE d1 (d DECIMAL(5,22));
CREATE TABLE d2 (d DECIMAL(66,2));
CREATE TABLE d3 (d DECIMAL(40,39));
CREATE TABLE d4 (d DECIMAL(65,30));
CREATE TABLE d5 (d DECIMAL(0));
CREATE TABLE d6 (f FLOAT(5,10));
CREATE TABLE d7 (f DOUBLE(300,2));
CREATE TABLE d8 (v VARCHAR(70000));
CREATE TABLE d9 (c CHAR(256));
CREATE TABLE d10 (t DATETIME(7));
CREATE TABLE d11 (b BIT(65));
SELECT CAST(1 AS DECIMAL(5,22));
SELECT CAST(1 AS DECIMAL(66,2));
CREATE TABLE ok1 (d DECIMAL(65,38), f FLOAT(255,30), c CHAR(255), t TIME(6), b BIT(64), i INT(255));
CREATE TABLE ok2 (v VARCHAR(16383));
DROP TABLE d4, d5, ok1, ok2;
