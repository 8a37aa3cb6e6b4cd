# Numbers and digit-only texts read as dates (MariaDB's number_to_datetime and str_to_datetime):
# YYMMDD, YYYYMMDD, YYMMDDHHMMSS, YYYYMMDDHHMMSS; two-digit years 00-69 are 20xx, 70-99 19xx.
--types
select date_add(20240101, interval 1 day), date_add(20240101123000, interval 1 day), date_add(240101, interval 1 day), date_add(240101123000, interval 1 day), date_add(1, interval 1 day);
select date_add(691231, interval 1 day), date_add(700101, interval 1 day), date_add(991231, interval 1 day), date_add(101, interval 1 day), date_add(100, interval 1 day), date_add(2024010112, interval 1 day), date_add(-20240101, interval 1 day);
select date_add(20240101, interval 1 hour), date_add(20240101.5, interval 1 day), date_add(20240101123000.25, interval 1 day), date_add(99991231235959, interval 1 second), date_add(2401011, interval 1 day), date_add(24011, interval 1 day);
select date_add('20240101123000', interval 1 day), date_add('240101', interval 1 day), date_add('240101123000', interval 1 day), date_add('2401011230', interval 1 day), date_add('2401011', interval 1 day), date_add('24011', interval 1 day);
select date_add('20240101123', interval 1 day), date_add('1231', interval 1 day), date_add('202401011', interval 1 day), date_add('2024010112300', interval 1 day), date_add('20240101123000.25', interval 1 day), date_add('240101.5', interval 1 day), date_add('991231', interval 1 day);
select year(240101), month(700101), dayofmonth(20240101123000), datediff(240102, 240101), date_format(20240101123000, '%Y %H:%i'), hour(20240101123000), to_days(240101);
CREATE TABLE nd (id INT PRIMARY KEY, a DATE, b DATETIME);
INSERT INTO nd VALUES (1, '240101', '240101123000'), (2, 240102, 240102123000), (3, 20240103, 20240103123000), (4, '2401011', '2401011230');
select * from nd order by id;
select to_days('2024-01-01'), to_days('1970-01-01'), to_days('0001-01-01'), to_days('1582-10-15'), to_days('0000-03-01'), to_days('0000-01-01'), to_days('9999-12-31');
# a number compared with a date or a date-time is read as one (the comparisons' warnings for numbers that are none are not pinned)
CREATE TABLE cd (id INT PRIMARY KEY, da DATE, dt DATETIME);
INSERT INTO cd VALUES (1, '2024-01-01', '2024-01-01 12:30:00'), (2, '2024-01-02', '2024-01-02 00:00:00');
select id, da = 20240101, da < 240102, dt = 20240101123000, dt > 240101, da = '240101', da between 20240101 and 20240101, dt = 20240102, dt = 20240101123000.0 from cd order by id;
select id from cd where da = 240102;
CREATE TABLE dk (d DATE PRIMARY KEY, n INT);
INSERT INTO dk VALUES ('2024-01-01', 1), ('2024-01-02', 2);
select n from dk where d = 20240102;
select n from dk where d = 240101;
# a text or number that is no date-time counts as the zero date, before every date, with a warning each time
select da > 'abc', da <> 'abc', dt > 7, da <=> 'abc', 'abc' < da, da = '0000-00-00', da > '0000-00-00 00:00:00' from cd where id = 1;
select da between 'a' and 'z', da = '2024-13-01', dt < 7, da = 20241301 from cd where id = 1;
select id from cd where da > 'yesterday' order by id;
