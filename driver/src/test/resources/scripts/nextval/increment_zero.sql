# INCREMENT 0 follows the GLOBAL auto_increment_increment / auto_increment_offset (the session values do not count).
# The script puts the global values back to their defaults (1, 1) at the end.
SET SESSION auto_increment_increment = 3, auto_increment_offset = 2;
CREATE SEQUENCE s INCREMENT BY 0 CACHE 2;
SELECT NEXTVAL(s), NEXTVAL(s), NEXTVAL(s);
SELECT * FROM s;
SET SESSION auto_increment_increment = 1, auto_increment_offset = 1;
SET GLOBAL auto_increment_increment = 3, auto_increment_offset = 2;
CREATE SEQUENCE g INCREMENT BY 0 CACHE 2;
SELECT NEXTVAL(g), NEXTVAL(g), NEXTVAL(g);
SELECT * FROM g;
CREATE SEQUENCE t START WITH 10 INCREMENT BY 0 NOCACHE;
SELECT NEXTVAL(t), NEXTVAL(t);
SELECT * FROM t;
SELECT SETVAL(t, 100);
SELECT NEXTVAL(t);
CREATE SEQUENCE c START WITH 1 MAXVALUE 12 INCREMENT BY 0 NOCACHE CYCLE;
SELECT NEXTVAL(c), NEXTVAL(c), NEXTVAL(c), NEXTVAL(c), NEXTVAL(c), NEXTVAL(c);
SELECT * FROM c;
SET GLOBAL auto_increment_increment = 1, auto_increment_offset = 1;
SELECT NEXTVAL(g);
FLUSH TABLES;
SELECT NEXTVAL(g);
# INCREMENT 0 reads the global settings again when it cycles and at SETVAL (not when an ignored
# SETVAL changes nothing).
SET GLOBAL auto_increment_increment = 3, auto_increment_offset = 2;
CREATE SEQUENCE z START WITH 1 MAXVALUE 12 INCREMENT BY 0 NOCACHE CYCLE;
SELECT NEXTVAL(z), NEXTVAL(z);
SET GLOBAL auto_increment_increment = 5, auto_increment_offset = 1;
SELECT NEXTVAL(z), NEXTVAL(z), NEXTVAL(z), NEXTVAL(z);
SELECT NEXTVAL(z), NEXTVAL(z), NEXTVAL(z);
SET GLOBAL auto_increment_increment = 4, auto_increment_offset = 3;
SELECT SETVAL(z, 5);
SELECT NEXTVAL(z), NEXTVAL(z);
SET GLOBAL auto_increment_increment = 3, auto_increment_offset = 2;
SELECT SETVAL(z, 6, 0);
SELECT NEXTVAL(z), NEXTVAL(z);
SELECT * FROM z;
SET GLOBAL auto_increment_increment = 1, auto_increment_offset = 1;
