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
