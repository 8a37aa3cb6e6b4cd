# INCREMENT 0 steps by auto_increment_increment, aligned to auto_increment_offset.
SET GLOBAL auto_increment_increment = 1, auto_increment_offset = 1;
CREATE SEQUENCE plain INCREMENT BY 0 CACHE 3;
SELECT NEXTVAL(plain), NEXTVAL(plain), NEXTVAL(plain), NEXTVAL(plain);
SELECT * FROM plain;
SHOW CREATE SEQUENCE plain;
SELECT NEXTVAL(plain) FROM seq_1_to_3;
SELECT seq FROM seq_1_to_10_step_3;
SELECT seq FROM seq_5_to_1_step_2;
