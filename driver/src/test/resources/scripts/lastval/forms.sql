# LASTVAL(s) and PREVIOUS VALUE FOR s are the same; qualified and back-quoted names work.
CREATE SEQUENCE s START WITH 7;
SELECT NEXTVAL(s);
SELECT LASTVAL(s), PREVIOUS VALUE FOR s, previous value for s, lastval(test.s), PREVIOUS VALUE FOR `test`.`s`;
SELECT LASTVAL(s) AS l, PREVIOUS VALUE FOR s + 1 AS p;
SELECT LASTVAL(s), NEXTVAL(s), LASTVAL(s);
SELECT LASTVAL(nope);
SELECT PREVIOUS VALUE FOR nope;
SELECT LASTVAL(nodb.s);
