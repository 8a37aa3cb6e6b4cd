# Column labels: AS, without AS, quoted and back-quoted aliases.
SELECT 1 AS one, 2 two, 3 AS `three 3`, 4 AS 'four', 5 AS "five";
CREATE SEQUENCE s START WITH 10;
SELECT NEXTVAL(s) AS id, LASTVAL(s) prev;
SELECT next_not_cached_value AS nnc, cycle_count cc FROM s;
SELECT s.increment AS step FROM s;
SELECT x.start_value FROM s AS x;
SELECT x.start_value FROM s x;
SELECT 1 AS `a``b`;
