# Tables next to sequences in SHOW [FULL] TABLES (BASE TABLE), INFORMATION_SCHEMA.TABLES and
# INFORMATION_SCHEMA.COLUMNS (defaults as text, 'NULL' for a nullable column without one, keys,
# extra, lengths, precision and scale as MariaDB 10.11 fills them).
CREATE SEQUENCE s1;
CREATE TABLE t1 (id BIGINT NOT NULL AUTO_INCREMENT, name VARCHAR(255), price DECIMAL(10,2) DEFAULT 1, flag BIT DEFAULT 0, b BOOLEAN DEFAULT TRUE, c CHAR(3) DEFAULT 'x', d DATETIME(6), tx TEXT, bl BLOB, f FLOAT DEFAULT 1.5, db DOUBLE, u INT UNSIGNED NOT NULL DEFAULT 5, ti TINYINT, si SMALLINT UNSIGNED, dt DATE DEFAULT '2024-01-01', tm TIME, vb VARBINARY(16), bi BIGINT UNSIGNED, dc DECIMAL, nn INT NOT NULL, s BIGINT DEFAULT NEXTVAL(s1), e ENUM('a','bb'), PRIMARY KEY (id), UNIQUE KEY uk (name), KEY idx_p (price));
CREATE TABLE t2 (a INT, b INT, UNIQUE (a, b));
SHOW TABLES;
SHOW FULL TABLES;
SHOW FULL TABLES WHERE Table_type = 'BASE TABLE';
SELECT table_name, table_type, engine, auto_increment, table_collation, table_comment FROM information_schema.tables WHERE table_schema = 'test' ORDER BY table_name;
SELECT column_name, ordinal_position, column_default, column_default IS NULL, is_nullable, data_type, character_maximum_length, character_octet_length, numeric_precision, numeric_scale, datetime_precision, character_set_name, collation_name, column_type, column_key, extra FROM information_schema.columns WHERE table_schema = 'test' AND table_name = 't1' ORDER BY ordinal_position;
SELECT column_name, column_key FROM information_schema.columns WHERE table_name = 't2' ORDER BY ordinal_position;
INSERT INTO t1 (nn) VALUES (1);
SELECT table_name, auto_increment FROM information_schema.tables WHERE table_name = 't1';
