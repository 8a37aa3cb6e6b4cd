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
