# Date and time functions Hibernate renders for HQL's (year ... second, extract, current_date,
# current_time, current_timestamp, local date/time, instant, timestampadd/timestampdiff, date,
# time, date_format, weekofyear, quarter, dayofweek, dayofyear), on DATE, DATETIME(6), TIME
# and text; NULL in, NULL out; the current date and time only through comparisons.
CREATE TABLE ev (id INT PRIMARY KEY, da DATE, dt DATETIME(6), t TIME(3), s VARCHAR(30));
INSERT INTO ev VALUES (1, '2020-02-29', '2021-12-31 23:59:58.123456', '12:34:56.789', '2019-01-05 10:11:12'), (2, NULL, NULL, NULL, 'nonsense'), (3, '1999-01-01', '2000-01-01 00:00:00', '-838:59:59', '2020-13-01');
select year(da), month(da), day(da), dayofmonth(dt), hour(dt), minute(dt), second(dt), microsecond(dt), hour(t), minute(t), second(t) from ev order by id;
select year(s), month(s), year('2024-05-06'), month('2024-05-06 07:08:09'), hour('07:08:09'), second('10:11:12.5') from ev order by id;
select dayofweek(da), weekday(da), dayofyear(da), weekofyear(da), week(da), quarter(da), dayname(da), monthname(da), last_day(da) from ev order by id;
select extract(year from da), extract(month from dt), extract(day from dt), extract(hour from dt), extract(minute from dt), extract(second from dt), extract(microsecond from dt), extract(week from da), extract(quarter from dt) from ev order by id;
select extract(year_month from dt), extract(day_hour from dt), extract(hour_minute from dt), extract(minute_second from dt), extract(day_second from dt), extract(hour from t) from ev order by id;
select date(dt), time(dt), date(s), time(t), date('2020-01-02 03:04:05'), time('2020-01-02 03:04:05.5') from ev order by id;
select timestampadd(day, 1, da), timestampadd(month, 1, da), timestampadd(year, -1, da), timestampadd(hour, 2, da), timestampadd(second, 2, dt), timestampadd(microsecond, 1, dt), timestampadd(week, 1, da), timestampadd(quarter, 1, dt) from ev order by id;
select timestampdiff(day, da, dt), timestampdiff(month, da, dt), timestampdiff(year, da, dt), timestampdiff(hour, dt, da), timestampdiff(second, '2020-01-01', '2020-01-01 00:01:00'), timestampdiff(month, '2020-01-31', '2020-02-29'), datediff(dt, da), datediff('2020-03-01', '2020-02-01') from ev order by id;
select date_format(dt, '%Y-%m-%d %H:%i:%s.%f'), date_format(da, '%y %c %e %j %M %b %W %a %D'), date_format(dt, '%h %I %l %k %p %r %T %%'), date_format(NULL, '%Y') from ev order by id;
select current_date = curdate(), current_date() = curdate(), current_time = curtime(), current_timestamp = now(), localtime = now(), localtimestamp = now(), current_timestamp(6) >= now(), year(current_date) > 2000, now() = sysdate() or now() < sysdate();
select length(current_date), length(current_time), length(now()), length(current_timestamp(6)), length(curtime(3)), length(now(2)), length(utc_date()), utc_timestamp() <= timestampadd(day, 1, now());
select id from ev where da < current_date and dt > '2021-01-01' and year(da) = 2020 order by id;
select id from ev where da > timestampadd(year, -100, current_date) order by id;
select year();
select month(1, 2);
select extract(fortnight from da) from ev;
