# Values of each column type as stored and read back: integers at their limits, BIT as b'...',
# BOOLEAN as tinyint(1), DECIMAL at its scale, FLOAT with 6 digits, DOUBLE, CHAR without trailing
# spaces, DATE/TIME/DATETIME/TIMESTAMP with their fractions cut to the column's digits, bytes, ENUM.
CREATE TABLE v (id INT PRIMARY KEY, ti TINYINT, tu TINYINT UNSIGNED, bi BIGINT, bu BIGINT UNSIGNED, b1 BIT, b8 BIT(8), bo BOOLEAN, d DECIMAL(10,2), f FLOAT, db DOUBLE, c CHAR(5), vc VARCHAR(10), dt DATE, tm TIME, tm3 TIME(3), dtm DATETIME, dtm3 DATETIME(3), ts TIMESTAMP(6) NULL, vb VARBINARY(8), e ENUM('BRONZE','GOLD','SILVER'));
INSERT INTO v VALUES (1, -128, 255, -9223372036854775808, 18446744073709551615, 1, 5, TRUE, 12.5, 3.1415927, 0.1, 'ab  ', 'hello', '2024-02-29', '-12:34:56', '01:02:03.4567', '2024-01-02 03:04:05.999', '2024-01-02 03:04:05.1234', '2024-03-04 05:06:07.123456', 'xyz', 'gold');
INSERT INTO v VALUES (2, 127, 0, 9223372036854775807, 0, 0, 255, FALSE, -0.5, 1e20, 1e15, '', '', '20240101', '838:59:59', '00:00:00', '2024-01-02', '2024-01-02 03:04:05', NULL, '', 2);
INSERT INTO v (id, f, db, bo) VALUES (3, 123456789, 123456789012345678, 2), (4, 0.0001, 1.5e-7, NULL), (5, -1.5, 0.30000000000000004, 1);
SELECT * FROM v ORDER BY id;
SELECT id, c = 'ab', CONCAT('[', c, ']') FROM v WHERE id = 1;
SELECT id FROM v WHERE dt = '2024-02-29';
SELECT id FROM v WHERE dtm > '2024-01-02 00:00:01' ORDER BY id;
SELECT id, e FROM v WHERE e = 'GOLD' ORDER BY id;
INSERT INTO v (id, ti) VALUES (6, 128);
INSERT INTO v (id, b1) VALUES (6, 2);
INSERT INTO v (id, e) VALUES (6, 'PLATINUM');
INSERT INTO v (id, tm) VALUES (6, '839:00:00');
INSERT INTO v (id, bu) VALUES (6, -1);
