# DATE_ADD / DATE_SUB / ADDDATE / SUBDATE and `x + INTERVAL n unit` / `x - INTERVAL n unit` /
# `INTERVAL n unit + x` with every unit (MICROSECOND ... YEAR, and the composite ones, whose amount
# is a text of numbers: '1 2' DAY_HOUR, '1:30' MINUTE_SECOND, '1-2' YEAR_MONTH, the leftmost parts
# may be left out, microseconds scaled to six digits; too many numbers give NULL; a text amount of
# a single unit is read as an integer, 1292 for the rest): a DATE stays a DATE for whole
# days, months and years; a DATETIME stays a DATETIME; text gives text (the date alone when it had
# no time and the unit is days or more); the end of a month is kept as MariaDB keeps it; NULL and
# dates that cannot be read give NULL (with warning 1292 for the latter); the result types show in
# ResultSetMetaData (--types).
--types
CREATE TABLE iv (id INT PRIMARY KEY, da DATE, dt DATETIME(6), s VARCHAR(30), n INT);
INSERT INTO iv VALUES (1, '2024-01-31', '2024-02-29 23:59:59.500000', '2023-03-31', 2), (2, NULL, NULL, NULL, NULL), (3, '2000-02-29', '1999-12-31 00:00:00', '2020-05-06 07:08:09', -3);
select date_add(da, interval 1 day), date_add(da, interval 1 month), date_add(da, interval n year), date_sub(da, interval 1 week), date_add(da, interval 2 quarter) from iv order by id;
select date_add(da, interval 1 hour), date_add(dt, interval 1 second), date_add(dt, interval 1 microsecond), date_sub(dt, interval 90 minute), date_add(dt, interval 1 month) from iv order by id;
select date_add(s, interval 1 day), date_add(s, interval 1 hour), date_sub(s, interval 1 month), adddate(s, interval 1 year), subdate(s, interval n day) from iv order by id;
select da + interval 1 day, da - interval 1 month, interval 1 year + da, dt + interval n hour, s + interval 1 day, dt - interval 1 microsecond from iv order by id;
select adddate(da, 31), subdate(da, 1), adddate(dt, n), adddate(s, 1) from iv order by id;
select date_add('2024-01-31', interval 1 month), date_add('2024-01-31 10:00:00', interval -1 day), date_sub('2024-03-01', interval 1 day), '2024-12-31' + interval 1 day, date_add('2024-02-29', interval 1 year);
select date_add('nonsense', interval 1 day), date_add(NULL, interval 1 day), date_add('2024-01-01', interval NULL day), date_add('9999-12-31', interval 1 day), date_sub('0001-01-01', interval 1 day);
select id from iv where da > '2024-01-01' - interval 1 year order by id;
select date_add(da, interval 1 fortnight) from iv;
select interval 1 day - da from iv;
select now() - interval 1 day < now(), current_date + interval 1 day > current_date, date_add(now(), interval 1 hour) > now(), '2024-01-01' + interval 1 day + interval 1 month;
select date_add(da, interval n * 2 + 1 day), date_sub(dt, interval -n month) from iv order by id;
select date_add('2024-01-01 00:00:00', interval '1 2' day_hour), date_add('2024-01-01 00:00:00', interval '1:30' day_second), date_add('2024-01-01 00:00:00', interval '1 1:30' day_second), date_add('2024-01-01 00:00:00', interval '-1 2' day_hour), date_add('2024-01-01 00:00:00', interval '1;2' day_hour), date_add('2024-01-01 00:00:00', interval 5 day_hour);
select date_add('2024-01-01 00:00:00', interval '1.5' second_microsecond), date_add('2024-01-01 00:00:00', interval '1:2:3.4' hour_microsecond), date_add('2024-01-01 00:00:00', interval '2:3' minute_second), date_add('2024-01-01 00:00:00', interval 1.5 hour_minute), date_add('2024-01-01 00:00:00', interval '25:61' hour_minute), date_sub('2024-01-01 00:00:00', interval '1 1:1:1.000001' day_microsecond);
select date_add('2024-01-01', interval '1-2' year_month), date_sub('2024-01-31', interval '0-1' year_month), date_add('2024-01-01', interval '1 2' day_hour), date_add('2024-01-01 00:00:00', interval '1 2 3' day_hour), date_add('2024-01-01 00:00:00', interval 'x' day_hour), date_add('2024-01-01 00:00:00', interval '5' minute_microsecond);
select date_add(da, interval '1-2' year_month), date_add(da, interval '1 2' day_hour), dt + interval '1.25' second_microsecond, date_add(s, interval '1 1' day_hour), date_add(s, interval '1-1' year_month) from iv order by id;
select date_add('2024-01-01 00:00:00', interval 1.5 day), date_add('2024-01-01 00:00:00', interval '1.5' day), date_add('2024-01-01 00:00:00', interval -1.5 day), date_add('2024-01-01 00:00:00', interval 'abc' day), date_add('2024-01-01 00:00:00', interval 2.5 hour);
