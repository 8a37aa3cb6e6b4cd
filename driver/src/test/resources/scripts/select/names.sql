# MariaDB opens every table and resolves every name of a statement before it evaluates anything:
# a statement that fails there has no effect (s keeps its values) and no warning of evaluation.
CREATE SEQUENCE s;
SELECT NEXTVAL(s), NEXTVAL(nope);
SELECT LASTVAL(s);
SELECT NEXTVAL(s), nosuch;
SELECT LASTVAL(s);
SELECT NEXTVAL(s), nosuch FROM s;
SELECT LASTVAL(s);
SELECT 1/0, NEXTVAL(nope);
SHOW WARNINGS;
SELECT 1/0, nosuch;
SHOW WARNINGS;
SELECT nosuch, NEXTVAL(nope);
# 1054 names the clause; a qualifier must name the source (its alias if it has one).
SELECT nosuch FROM s;
SELECT 1 FROM s WHERE nosuch = 1;
SELECT nosuch FROM seq_1_to_0;
SELECT s.nosuch FROM s;
SELECT x.increment FROM s;
SELECT x.increment, X.cycle_count FROM s x;
SELECT test.s.increment FROM test.s;
SELECT 1 FROM s ORDER BY nosuch;
SELECT increment AS i FROM s WHERE i = 1;
SELECT increment AS i FROM s ORDER BY i;
# An error while evaluating comes after the warnings of what was evaluated before it.
CREATE SEQUENCE m MAXVALUE 2;
SELECT 1/0, NEXTVAL(m), NEXTVAL(m), NEXTVAL(m);
SHOW WARNINGS;
SELECT NEXTVAL(s);
SELECT TABLES.table_name FROM information_schema.tables LIMIT 0;
SELECT t.table_name FROM information_schema.tables T LIMIT 0;
SELECT T.table_name FROM information_schema.tables T LIMIT 0;
