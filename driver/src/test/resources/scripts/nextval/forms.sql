# NEXT VALUE FOR and NEXTVAL are the same thing; labels are the expression as written.
CREATE SEQUENCE s START WITH 1;
SELECT NEXT VALUE FOR s;
SELECT NEXTVAL(s);
SELECT next value for s AS a, nextval(s) AS b;
SELECT NEXT VALUE FOR test.s, NEXTVAL(test.s);
SELECT NEXT VALUE FOR `test`.`s`, NEXTVAL(`s`);
SELECT NEXTVAL( s ), NEXT  VALUE  FOR  s;
SELECT NEXTVAL(s) n;
SELECT NEXTVAL(s) AS `the value`, NEXTVAL(s) AS 'quoted';
SELECT LASTVAL(s);
