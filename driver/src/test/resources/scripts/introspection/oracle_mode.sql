# sql_mode=ORACLE: s.nextval, s.currval and FROM DUAL; SET ... = DEFAULT.
CREATE SEQUENCE o1;
SET sql_mode=ORACLE;
SELECT o1.nextval, o1.currval FROM dual;
SELECT o1.nextval;
SET sql_mode=DEFAULT;
SELECT @@sql_mode;
SELECT NEXTVAL(o1) FROM DUAL;
