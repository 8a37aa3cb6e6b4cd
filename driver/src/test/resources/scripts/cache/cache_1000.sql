# The default CACHE 1000: one write per thousand values.
CREATE SEQUENCE s;
SELECT next_not_cached_value, cycle_count FROM s;
SELECT NEXTVAL(s);
SELECT next_not_cached_value, cycle_count FROM s;
SELECT NEXTVAL(s);
SELECT next_not_cached_value FROM s;
SELECT SETVAL(s, 999);
SELECT next_not_cached_value FROM s;
SELECT NEXTVAL(s);
SELECT next_not_cached_value FROM s;
SELECT NEXTVAL(s);
SELECT next_not_cached_value FROM s;
CREATE SEQUENCE t INCREMENT BY 3;
SELECT NEXTVAL(t);
SELECT next_not_cached_value FROM t;
