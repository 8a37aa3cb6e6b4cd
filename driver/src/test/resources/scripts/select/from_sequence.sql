# SELECT from a sequence: *, any column list, in any order, repeated, with expressions.
CREATE SEQUENCE s START WITH 5 INCREMENT BY 3 MINVALUE 2 MAXVALUE 50 CACHE 4 CYCLE;
SELECT * FROM s;
SELECT next_not_cached_value, cycle_count FROM s;
SELECT cycle_count, next_not_cached_value FROM s;
SELECT minimum_value, maximum_value, start_value, increment, cache_size, cycle_option FROM s;
SELECT increment, increment FROM s;
SELECT *, 1 FROM s;
SELECT 1, s.* FROM s;
SELECT NEXT_NOT_CACHED_VALUE, Cycle_Count FROM s;
SELECT 'x', NULL, maximum_value - minimum_value FROM s;
SELECT nope FROM s;
SELECT * FROM test.s;
