# ANALYZE / CHECK / OPTIMIZE / REPAIR TABLE: one result row per table as MariaDB reports it for
# InnoDB tables and for sequences (whose engine supports none of them), and an error row for a
# table that does not exist. There is nothing to maintain in seqdb's file: the statements only answer.
CREATE SEQUENCE s;
CREATE TABLE t (id INT PRIMARY KEY);
CREATE TABLE u (id INT PRIMARY KEY);
ANALYZE TABLE t;
ANALYZE TABLE s;
CHECK TABLE t;
CHECK TABLE s;
OPTIMIZE TABLE t;
OPTIMIZE TABLE s;
REPAIR TABLE t;
REPAIR TABLE s;
ANALYZE TABLE t, u, nosuch;
CHECK TABLE nosuch;
OPTIMIZE LOCAL TABLE t;
ANALYZE NO_WRITE_TO_BINLOG TABLE u;
CHECK TABLE t QUICK;
CHECK TABLE t FOR UPGRADE;
