# 1146 42S02 Table 'db.s' doesn't exist.
SELECT * FROM nope;
SELECT next_not_cached_value FROM test.nope;
SHOW CREATE SEQUENCE nope;
SHOW CREATE TABLE nope;
CREATE DATABASE other;
SELECT * FROM other.nope;
DROP DATABASE other;
SELECT * FROM other.nope;
