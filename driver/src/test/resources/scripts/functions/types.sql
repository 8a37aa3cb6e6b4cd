# The result types of function calls, CASE and CAST as JDBC sees them (ResultSetMetaData's type
# names through Connector/J): text functions give VARCHAR, lengths and positions INTEGER, date
# parts INTEGER, round of a DECIMAL a DECIMAL, floor of one a BIGINT, CASE and COALESCE the
# type of all their branches, CAST its target, upper(NULL) still VARCHAR.
--types
CREATE TABLE ty (i INT, b BIGINT, d DECIMAL(12,2), f DOUBLE, v VARCHAR(20), dt DATETIME(6), da DATE, tm TIME(3));
INSERT INTO ty VALUES (1, 2, 3.25, 4.5, 'vv', '2020-01-02 03:04:05.123456', '2020-01-02', '01:02:03.500');
select upper(v), lower(i), concat(v, i), substring(v, 2), left(v, 1), replace(v, 'v', 'w'), trim(v), lpad(v, 5, 'x'), repeat(v, 2), date_format(dt, '%Y') from ty;
select char_length(v), length(v), locate('v', v), year(dt), month(da), hour(tm), second(dt), microsecond(dt), dayofweek(da), extract(year from dt), sign(d), datediff(dt, da) from ty;
select abs(d), abs(f), mod(d, 2), mod(f, 2), round(d), round(d, 1), round(f), round(i), floor(d), floor(f), floor(i), ceiling(d), truncate(d, 1), sqrt(i), power(i, 2), pi() from ty;
select coalesce(i, b), coalesce(v, i), coalesce(d, f), ifnull(i, d), nullif(i, 2), nullif(v, 'x'), if(i, v, d), least(i, b), greatest(i, d), coalesce(dt, da) from ty;
select case when i then 1 else 2.5 end, case when i then v else i end, case i when 1 then 'a' end, case when i then dt else da end, case when i then d end from ty;
select cast(i as char), cast(v as signed), cast(d as unsigned), cast(f as decimal(5,1)), cast(v as date), cast(dt as time), cast(da as datetime), cast(i as double), cast(v as binary) from ty;
select date(dt), time(dt), timestampadd(day, 1, da), timestampadd(hour, 1, da), timestampdiff(day, da, dt) from ty;
select current_date, current_time, current_timestamp(6), now(), curtime(3), utc_date() from ty where i = 0;
select i = 1, i in (1, 2), v like 'v%', i is null, not i, i between 0 and 2 from ty;
