# Literals in a SELECT list and their labels.
SELECT 1, -1, 0, +5;
SELECT 9223372036854775807, -9223372036854775808;
SELECT 18446744073709551615;
SELECT 'abc', '', 'a''b', "dq", 'x' 'y';
SELECT NULL, null AS n;
SELECT TRUE, FALSE;
SELECT 1.5, -0.25, 1e3;
SELECT 0x41, X'42';
# A literal keeps its own label through parentheses and a unary plus: the number as written, a
# string's value, TRUE/FALSE/NULL; a negated literal or a hex literal is labelled by its text.
SELECT +5, + 5, +-5, - -5, +(5), (5), (1+2), +(1+2), (-5), 00012, 1.50, (1.50), .5, 5., 000.10, -0.0;
SELECT true, False, nUll, (null), (true), -true, +'a' 'b', ('a'), 'x' "y" 'z';
# Doubles come in MariaDB's shortest form: plain while the point is at most 15 places after the
# first digit (or inside the digits) and 14 before it, else with an exponent.
SELECT 1e14, 1e15, 1234567890123456e0, 999999999999999.9e0, 123456789012345678e0, 1e-5, 1e-13, 1e-100, 0.1e0, 1/3e0;
# 0x41 is a number where arithmetic wants one; X'41' is always a string.
SELECT 0x4142, x'4142', 0x41 + 0, -0x41, (0x41), +X'41';
