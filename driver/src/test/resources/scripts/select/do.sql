# DO evaluates and discards; errors while evaluating become warnings (level Error), errors while opening stay errors.
CREATE SEQUENCE s MAXVALUE 2;
DO 1;
DO 1 + 1, 'x', NULL;
DO NEXTVAL(s);
SELECT LASTVAL(s);
DO NEXTVAL(s), NEXTVAL(s);
SELECT LASTVAL(s);
SELECT * FROM s;
DO 1/0;
DO SETVAL(s, 100);
CREATE SEQUENCE t;
DO NEXTVAL(t), SETVAL(t, 50);
SELECT NEXTVAL(t);
DO NEXTVAL(nope);
DO nosuchcol;
DO 1 +;
# Every expression is evaluated; each error while evaluating stays as an Error condition.
CREATE SEQUENCE u MAXVALUE 2;
DO NEXTVAL(u), NEXTVAL(u), NEXTVAL(u), NEXTVAL(u);
SELECT LASTVAL(u);
DO 1/0, NEXTVAL(u), 1/0;
DO SETVAL(u, 5, 1, 3);
DO NEXTVAL(u), NEXTVAL(t);
SELECT LASTVAL(t);
DO 9223372036854775807 + 1, 1/0;
DO NEXTVAL(t) + 9223372036854775807;
SELECT LASTVAL(t);
# Names are resolved before anything is evaluated: the division's warning never comes.
DO 1/0, NEXTVAL(nope);
SHOW WARNINGS;
DO 1/0, nosuchcol;
SHOW WARNINGS;
DO 'a' + 1;
