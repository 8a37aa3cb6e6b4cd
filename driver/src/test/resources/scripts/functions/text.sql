# Text functions as Hibernate renders HQL's (upper, lower, concat, character_length, replace,
# substring, trim, locate, left/right, lpad/rpad, repeat) and their MariaDB spellings: NULL in,
# NULL out; positions and lengths count characters; numbers, decimals and dates as their text.
CREATE TABLE person (id INT PRIMARY KEY, name VARCHAR(20), code CHAR(5), note TEXT, n INT, d DECIMAL(6,2));
INSERT INTO person VALUES (1, ' Ann ', 'ab', 'Grüße', 7, 1.50), (2, 'bob', NULL, NULL, NULL, NULL), (3, 'Cy', 'xyz', '', -2, -0.25);
select upper(name), lower(name), ucase(code), lcase('MiXeD'), upper(n), upper(NULL) from person order by id;
select concat(name, '-', code), concat(n, d), concat('a', 1, 2.50, -3e0, NULL), concat('x'), concat(d, -1.5e-7, 1e20) from person order by id;
select concat_ws(',', name, code, n), concat_ws(NULL, 'a'), concat_ws('', 'a', NULL, 'b') from person order by id;
select character_length(name), char_length(note), length(note), octet_length(note), bit_length(note), length(n), length(d) from person order by id;
select replace(name, 'n', 'N'), replace('aAa', 'a', 'b'), replace(note, '', 'x'), replace(NULL, 'a', 'b'), replace('abc', 'b', NULL) from person order by id;
select substring(name, 2), substring(name, 2, 2), substr(name, -2), substr(name, -3, 2), substring(name, 0), substring(name, 2, -1), mid(note, 3, 2), substring(name from 2 for 3), substring(name from 3) from person order by id;
select substring('abc', NULL), substring('abc', 2, NULL), substring('abc', 10), substring('Grüße', 3, 2);
select trim(name), trim(both from name), trim(leading from name), trim(trailing from name), trim('x' from 'xxaxx'), trim(leading 'ab' from 'ababcab'), trim(trailing 'ab' from 'ababcab'), trim(both 'X' from 'xXaXx') from person order by id;
select ltrim(name), rtrim(name), concat('[', ltrim('  a  '), ']'), concat('[', rtrim('  a  '), ']'), trim(NULL), trim(NULL from 'a') from person order by id;
select locate('n', name), locate('N', name), locate('b', name, 2), locate('b', name, 3), locate('', name), position('y' in name), instr(name, 'o'), locate(NULL, name), locate('a', 'banana', 0), locate('a', 'banana', -1) from person order by id;
select left(name, 2), right(name, 2), left(name, 0), right(name, -1), left(name, 100), left(NULL, 1), left('abc', NULL), right(note, 3) from person order by id;
select lpad(name, 7, '*'), rpad(name, 7, '*'), lpad(name, 2, '*'), rpad('ab', 5, 'xyz'), lpad('ab', 5, ''), lpad('ab', -1, 'x'), rpad(code, 6), lpad(n, 4, 0) from person order by id;
select repeat(code, 2), repeat('ab', 0), repeat('ab', -1), repeat(NULL, 2), reverse(name), space(3), concat('[', space(0), ']'), ascii(name), ascii(''), strcmp('a', 'A'), strcmp('a', 'b') from person order by id;
select upper(name) as u, count(*) from person group by upper(name) order by u;
select name from person where upper(name) like '%B%' or lower(code) = 'xyz' order by id;
select concat(concat(concat(upper(name),lower('X')),character_length(name)),coalesce(code,'-')) from person order by id;
select count(*) from person where name like replace('%o%','\\','\\\\');
select name from person where name like '!%%' escape '!' or name like 'C_';
select upper(nosuch) from person;
select substring('abc');
select locate('a');
select concat_ws();
select concat();
select upper('a', 'b');
