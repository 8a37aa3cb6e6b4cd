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
# The line is where MariaDB's lexer is when the parser fails: line breaks inside a string or a
# back-quoted name do not count, those of comments do; after a name or keyword, the line breaks
# that follow it count too (Connector/J's sessions have IGNORE_SPACE, and the lexer then reads
# the space after a name with it); after a number they do not.
SELECT 'a
b' 1;
SELECT `a
b` 2;
SELECT /* one
two */ 1 2;
SELECT 1 # comment
 2;
SELECT 1 FROM s WHERE
FROM;
SELECT NEXT VALUE FOR
FROM;
# Up to 80 characters are quoted whole; longer, 77 and '...'.
SELECT 1 2 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;
SELECT 1 2 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx;
# RESTART in CREATE is refused when the option is complete: after its number, or after the
# token read to see that no number follows.
CREATE SEQUENCE s RESTART

WITH

 5;
CREATE SEQUENCE s RESTART

CACHE

 5;
CREATE SEQUENCE s RESTART
5
CACHE 5;
