# 1064: the line number counts from the start of the statement; near '...' is the rest of the statement from there.
CREATE SEQUENCE s
  START WITH 1
  INCREMENT BY 1
  MAXVALUE 10
  OOPS;
SELECT 1,
2,
3 4;
SELECT
NEXTVAL(
);
CREATE SEQUENCE s START WITH 1 INCREMENT BY 1 MINVALUE 1 MAXVALUE 100 CACHE 10 NOCYCLE BOGUS and then a long tail of words that goes on and on for a while;
SELECT 1 FROM;
SELECT 1 2 aaaaaaaaaa bbbbbbbbbb cccccccccc dddddddddd eeeeeeeeee ffffffffff gggggggggg hhhhhhhhhh iiiiiiiiii jjjjjjjjjj;
SELECT 1
  FROM s
  WHERE WHERE
  x = 1;
SELECT 1 2;
CREATE SEQUENCE 5;
CREATE SEQUENCE s INCREMENT BY 1.5;
CREATE SEQUENCE s INCREMENT BY 'a';
DROP SEQUENCE s,;
SHOW WARNINGS;
