# What clients send around their work.
SELECT 1;
SELECT DATABASE();
SET NAMES utf8mb4;
SET autocommit=1;
SELECT @@autocommit, @@session.autocommit;
SET SESSION auto_increment_increment = 3, auto_increment_offset = 2;
SHOW VARIABLES LIKE 'auto_increment%';
SELECT @@auto_increment_increment, @@session.auto_increment_offset;
SET @x = 5;
SELECT @x, @nothing;
SELECT @@no_such_variable;
SET no_such_variable = 1;
SHOW WARNINGS;
SHOW ERRORS;
SELECT @@warning_count, @@error_count;
