# HEX, BIN, OCT, MD5, SHA1 / SHA, SHA2, FIELD, FIND_IN_SET, ELT, RAND(seed) (MariaDB's generator:
# the same numbers for the same seed, a new one for each row) and UUID (only its shape: it is
# different every time), with NULLs and their result types.
--types
CREATE TABLE lh (id INT PRIMARY KEY, s VARCHAR(20), n BIGINT);
INSERT INTO lh VALUES (1, 'abc', 255), (2, NULL, -1), (3, 'Grüße', 0);
select hex(s), hex(n), bin(n), oct(n), md5(s), sha1(s), sha(s), sha2(s, 256) from lh order by id;
select sha2('abc', 224), sha2('abc', 384), sha2('abc', 512), sha2('abc', 0), sha2('abc', 100), sha2(NULL, 256), hex(10.6), hex('10.6'), hex(-2.5);
select field('b', 'a', 'b', 'c'), field('B', 'a', 'b'), field(2, 1, 2, 3), field('x', 'a'), field(NULL, 'a', NULL), field(s, 'abc', 'x') from lh order by id;
select find_in_set('b', 'a,b,c'), find_in_set('B', 'a,b'), find_in_set('d', 'a,b'), find_in_set('', ''), find_in_set('a,b', 'a,b'), find_in_set(NULL, 'a'), find_in_set(s, 'x,abc') from lh order by id;
select elt(1, 'a', 'b'), elt(2, 'a', 'b'), elt(3, 'a', 'b'), elt(0, 'a'), elt(NULL, 'a'), elt(id, 'one', 'two', 'three') from lh order by id;
select rand(1), rand(2), rand(0), rand(NULL), rand(-1), rand(4294967297);
select id, rand(7) from lh order by id;
select id, rand(id) from lh order by id;
select rand() >= 0 and rand() < 1, length(uuid()), uuid() like '________-____-____-____-____________', uuid() = uuid();
select md5();
select sha2('a');
