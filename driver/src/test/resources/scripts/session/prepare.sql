# PREPARE name FROM 'text' | @variable, EXECUTE name [USING value, ...], DEALLOCATE / DROP
# PREPARE: statements prepared in SQL, with ? markers bound from user variables or values; a
# name prepared again replaces its statement; 1243 for an unknown name, 1210 for a wrong count
# of values; errors in the text are reported by PREPARE.
CREATE SEQUENCE s START WITH 100;
PREPARE nv FROM 'SELECT NEXTVAL(s)';
EXECUTE nv;
EXECUTE nv;
PREPARE add_it FROM 'SELECT ? + ?, ?';
SET @a = 1, @b = 2;
EXECUTE add_it USING @a, @b, 'x';
EXECUTE add_it USING @a;
SET @sql = 'SELECT LASTVAL(s) AS last';
PREPARE lv FROM @sql;
EXECUTE lv;
CREATE TABLE t (id INT PRIMARY KEY, v VARCHAR(5));
PREPARE ins FROM 'INSERT INTO t VALUES (?, ?)';
EXECUTE ins USING 1, 'a';
SET @i = 2, @v = 'b';
EXECUTE ins USING @i, @v;
EXECUTE ins USING @i, @v;
SELECT * FROM t ORDER BY id;
PREPARE nv FROM 'SELECT PREVIOUS VALUE FOR s';
EXECUTE nv;
DEALLOCATE PREPARE nv;
EXECUTE nv;
DROP PREPARE lv;
DROP PREPARE lv;
EXECUTE nosuch;
PREPARE bad FROM 'SELEC 1';
PREPARE bad2 FROM 'SELECT NEXTVAL(nosuch)';
EXECUTE bad2;
