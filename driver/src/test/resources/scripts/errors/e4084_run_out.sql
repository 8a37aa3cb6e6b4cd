# 4084 HY000 Sequence 'db.s' has run out, with the database of the sequence in the message.
CREATE SEQUENCE s MAXVALUE 1;
SELECT NEXTVAL(s);
SELECT NEXTVAL(s);
CREATE DATABASE other;
CREATE SEQUENCE other.o MAXVALUE 1;
SELECT NEXTVAL(other.o);
SELECT NEXTVAL(other.o);
CREATE SEQUENCE `Odd Name` MAXVALUE 1;
SELECT NEXTVAL(`Odd Name`), NEXTVAL(`Odd Name`);
SHOW WARNINGS;
DROP DATABASE other;
