# UNHEX (pairs of hex digits as bytes, an odd count as if a 0 led, NULL for other characters) and
# CHAR(n, ...) (each integer as its bytes without leading zero bytes; NULLs skipped); both give bytes.
--types
select unhex('4142'), hex(unhex('414')), unhex('zz'), unhex(4142), hex(unhex('00FF')), unhex(NULL), unhex(''), unhex('616263') = 'abc', length(unhex('E282AC'));
select char(77, 121, 83, 81, '76'), hex(char(256)), hex(char(1, NULL, 2)), char(NULL), hex(char(-1)), hex(char(65.6)), hex(char('x')), hex(char(16777216));
select concat('a', char(66), unhex('43'));
