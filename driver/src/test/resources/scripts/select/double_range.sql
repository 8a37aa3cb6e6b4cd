# Doubles at the end of their range (found by FuzzTest: SELECT @x AND 2 failed with an internal
# error): a literal beyond it is 1367 while parsing, text beyond it reads as the largest double
# with warning 1292, and such a value is true and compares.
select 1e3999;
select -1e3999 + 1;
select 1e3999 and 2;
select 1.7976931348623157e308, -1.7e308;
select '1e999' + 0, '-1e999' + 0;
select '1e999' and 1;
select cast('1e999' as double);
set @x = '1e999' + 0;
select @x and 2, @x > 5, @x = @x;
