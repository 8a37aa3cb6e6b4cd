# NEXTVAL in a SELECT that reads the sequence's own row.
CREATE SEQUENCE s START WITH 10 CACHE 2;
SELECT NEXTVAL(s), next_not_cached_value FROM s;
SELECT next_not_cached_value, NEXTVAL(s) FROM s;
SELECT NEXTVAL(s) FROM s;
SELECT * FROM s;
