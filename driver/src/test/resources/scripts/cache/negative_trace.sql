# Cache blocks of a descending sequence.
CREATE SEQUENCE s INCREMENT BY -2 START WITH 0 MINVALUE -100 MAXVALUE 0 CACHE 3;
SELECT next_not_cached_value FROM s;
SELECT NEXTVAL(s);
SELECT next_not_cached_value FROM s;
SELECT NEXTVAL(s);
SELECT NEXTVAL(s);
SELECT next_not_cached_value FROM s;
SELECT NEXTVAL(s);
SELECT next_not_cached_value FROM s;
