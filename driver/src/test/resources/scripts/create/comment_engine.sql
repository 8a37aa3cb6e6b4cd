# Table options: COMMENT is kept and shown, quotes in it are escaped; ENGINE names are checked.
CREATE SEQUENCE a COMMENT='it''s here';
SHOW CREATE SEQUENCE a;
CREATE SEQUENCE b COMMENT='';
SHOW CREATE SEQUENCE b;
CREATE SEQUENCE c ENGINE=innodb;
SHOW CREATE SEQUENCE c;
CREATE SEQUENCE d ENGINE=no_such_engine;
SHOW WARNINGS;
SELECT table_name, table_comment FROM information_schema.tables WHERE table_schema = 'test' ORDER BY table_name;
