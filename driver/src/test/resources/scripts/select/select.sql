# SELECT lists: literals, NULL, arithmetic, aliases; DO.
SELECT 1;
SELECT 1, 'two', NULL, 3 AS three;
SELECT 1 + 1, 10 - 3 * 2, 10 / 4, -5, 7 DIV 2, 7 % 3;
SELECT 'it''s' AS quote, "double" AS dq;
SELECT 9223372036854775807 + 1;
SELECT -9223372036854775808 - 1;
SELECT 4611686018427387904 * 2;
CREATE SEQUENCE s START WITH 10;
SELECT NEXTVAL(s) + 1 AS n, NEXTVAL(s) * 2;
SELECT next_not_cached_value, cycle_count FROM s;
SELECT start_value AS sv, increment FROM s;
SELECT nope FROM s;
SELECT * FROM nope;
DO NEXTVAL(s), NEXTVAL(s);
SELECT LASTVAL(s);
DO 1 + 1;
