# NOCACHE (and CACHE 0): every NEXTVAL writes the row.
CREATE SEQUENCE s NOCACHE;
SELECT NEXTVAL(s);
SELECT next_not_cached_value FROM s;
SELECT NEXTVAL(s);
SELECT next_not_cached_value FROM s;
CREATE SEQUENCE t START WITH 10 INCREMENT BY -3 CACHE 0;
SELECT NEXTVAL(t);
SELECT next_not_cached_value FROM t;
SELECT NEXTVAL(t);
SELECT next_not_cached_value FROM t;
SELECT * FROM t;
