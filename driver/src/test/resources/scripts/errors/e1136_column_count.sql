# 1136 21S01 Column count doesn't match value count at row 1: INSERT into a sequence needs all 8 values.
CREATE SEQUENCE s;
INSERT INTO s VALUES (1);
INSERT INTO s VALUES (1, 1, 100, 1, 1, 10, 0);
INSERT INTO s VALUES (1, 1, 100, 1, 1, 10, 0, 0, 0);
SELECT * FROM s;
INSERT INTO s VALUES (5, 1, 100, 1, 1, 10, 0, 0);
SELECT * FROM s;
SELECT NEXTVAL(s);
