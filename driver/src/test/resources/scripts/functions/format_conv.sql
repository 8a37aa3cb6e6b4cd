# FORMAT (en_US grouping and rounding; de_DE; an unknown locale is 1649 and en_US), CONV between
# bases 2..36 (negative numbers as unsigned 64-bit unless the target base is negative), ORD of
# multi-byte characters, UNIX_TIMESTAMP and FROM_UNIXTIME (in the session's time zone, the
# system's: the checks below give the same output in any zone), with their result types.
--types
CREATE TABLE fc (id INT PRIMARY KEY, x DECIMAL(10,3), t DATETIME(2), s VARCHAR(30));
INSERT INTO fc VALUES (1, 1234567.891, '2020-01-01 00:00:00.25', '2020-01-01 00:00:01'), (2, NULL, NULL, NULL), (3, -0.5, '1970-01-01 00:00:00', 'x');
select format(1234567.891, 2), format(1234567.891, 0), format(-1234.5, 1), format(0.5, 0), format(1.005, 2), format(1e6, 2), format('1234.5', 2), format(1234.5, -1), format(NULL, 2), format(12, NULL);
select format(123, 2, 'de_DE'), format(1234567.5, 1, 'de_DE'), format(1234.5, 2, 'en_US'), format(1234.5, 2, 'xx_YY');
select id, format(x, 1), format(x, 4) from fc order by id;
select conv('ff', 16, 10), conv(255, 10, 2), conv('-1', 10, 16), conv('zz', 36, 10), conv(10, 10, -16), conv('1', 1, 10), conv('-10', 10, -10), conv('12abc', 10, 16), conv('FFFFFFFFFFFFFFFFFF', 16, 10), conv(NULL, 10, 2);
select ord('A'), ord('ü'), ord('€'), ord(''), ord('ab'), ord(NULL), ord(5);
select unix_timestamp('2020-01-02 00:00:00') - unix_timestamp('2020-01-01 00:00:00'), unix_timestamp('2020-01-01 00:00:00.5') - unix_timestamp('2020-01-01'), unix_timestamp(NULL), unix_timestamp('1969-01-01 00:00:00'), unix_timestamp('nonsense');
select id, unix_timestamp(t) - unix_timestamp('2020-01-01'), unix_timestamp(s) - unix_timestamp('2020-01-01') from fc where id < 3 order by id;
select from_unixtime(unix_timestamp('2020-01-01 10:11:12')), from_unixtime(unix_timestamp('2020-01-01 10:11:12') + 0.5), from_unixtime(unix_timestamp('2020-03-04 05:06:07'), '%Y %m %d %H:%i'), from_unixtime(-1), from_unixtime(NULL), from_unixtime(1577836800, NULL), from_unixtime(1577836800.25) - interval 0 second = from_unixtime(1577836800.25);
select unix_timestamp() > 1600000000, from_unixtime(unix_timestamp('2021-06-01 12:00:00'));
select format(1);
select conv(1, 2);
