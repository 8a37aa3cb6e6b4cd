# 4086 HY000 Sequence 'db.s' table structure is invalid (detail), from CREATE TABLE ... SEQUENCE=1.
CREATE TABLE s1 (a INT) SEQUENCE=1;
CREATE TABLE s2 (next_not_cached_value bigint(21) NOT NULL, minimum_value bigint(21) NOT NULL, maximum_value bigint(21) NOT NULL, start_value bigint(21) NOT NULL, increment bigint(21) NOT NULL, cache_size bigint(21) unsigned NOT NULL, cycle_option tinyint(1) unsigned NOT NULL) SEQUENCE=1;
CREATE TABLE s3 (next_not_cached_value bigint(21) NOT NULL, minimum_value bigint(21) NOT NULL, maximum_value bigint(21) NOT NULL, start_value bigint(21) NOT NULL, increment bigint(21) NOT NULL, cache_size bigint(21) unsigned NOT NULL, cycle_option tinyint(1) unsigned NOT NULL, cycle_count bigint(21) NOT NULL, extra int) SEQUENCE=1;
CREATE TABLE s4 (next_not_cached_value bigint(21) NOT NULL, minimum_value bigint(21) NOT NULL, maximum_value bigint(21) NOT NULL, start_value bigint(21) NOT NULL, increment bigint(21) NOT NULL, cache_size bigint(21) unsigned NOT NULL, cycle_option varchar(1) NOT NULL, cycle_count bigint(21) NOT NULL) SEQUENCE=1;
SHOW WARNINGS;
SHOW TABLES;
