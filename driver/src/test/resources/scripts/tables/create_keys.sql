# Keys: PRIMARY KEY as a column attribute or a constraint, UNIQUE, KEY, the names MariaDB gives
# keys without one (the first column, then _2; foreign keys <table>_ibfk_<n> with an index of
# their own), the order SHOW CREATE TABLE lists them in, and the definition errors.
CREATE TABLE p (id INT PRIMARY KEY, code VARCHAR(10) UNIQUE, a INT, b INT, UNIQUE (a), UNIQUE KEY (a, b), KEY (b), INDEX named (a, b));
SHOW CREATE TABLE p;
CREATE TABLE c (id INT AUTO_INCREMENT, p_id INT, q INT, r INT, PRIMARY KEY (id), CONSTRAINT FOREIGN KEY (p_id) REFERENCES p (id) ON DELETE CASCADE, FOREIGN KEY fkq (q) REFERENCES p (id), CONSTRAINT myfk FOREIGN KEY (r) REFERENCES p (id) ON UPDATE SET NULL) AUTO_INCREMENT=5;
SHOW CREATE TABLE c;
# a composite primary key; a named PRIMARY KEY constraint is still called PRIMARY (a warning)
CREATE TABLE k (a INT, b VARCHAR(5), v INT, CONSTRAINT pk PRIMARY KEY (a, b));
SHOW CREATE TABLE k;
CREATE TABLE bad (a INT PRIMARY KEY, b INT PRIMARY KEY);
CREATE TABLE bad (a INT, PRIMARY KEY (zz));
CREATE TABLE bad (a INT AUTO_INCREMENT, b INT);
CREATE TABLE bad (a INT AUTO_INCREMENT PRIMARY KEY, b INT AUTO_INCREMENT, KEY (b));
CREATE TABLE bad (a INT, b INT, KEY x (a), KEY x (b));
CREATE TABLE bad (a INT, FOREIGN KEY (a) REFERENCES nosuch (id));
CREATE TABLE bad (a INT, FOREIGN KEY (a) REFERENCES p (nosuch));
SHOW TABLES;
