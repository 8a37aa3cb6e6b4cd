# INSERT ... ON DUPLICATE KEY UPDATE: a row whose primary or unique key is taken updates the row
# that has it instead (the first key in the table's order that conflicts), with VALUES(col) the
# value the row would have inserted; the count is 1 for a row inserted, 2 for a row changed and 1
# for a row found but left as it was (Connector/J asks for found rows); AUTO_INCREMENT values
# are still taken; the update's own errors (1062, 1048, 1452) fail the statement.
CREATE TABLE counters (name VARCHAR(20) PRIMARY KEY, hits INT NOT NULL DEFAULT 0, note VARCHAR(10));
INSERT INTO counters (name, hits) VALUES ('a', 1) ON DUPLICATE KEY UPDATE hits = hits + 1;
INSERT INTO counters (name, hits) VALUES ('a', 1) ON DUPLICATE KEY UPDATE hits = hits + 1;
INSERT INTO counters (name, hits) VALUES ('a', 5), ('b', 7) ON DUPLICATE KEY UPDATE hits = hits + VALUES(hits);
SELECT * FROM counters ORDER BY name;
INSERT INTO counters (name, hits) VALUES ('a', 1) ON DUPLICATE KEY UPDATE hits = hits;
INSERT INTO counters VALUES ('b', 0, 'x') ON DUPLICATE KEY UPDATE note = VALUES(note), hits = 100;
INSERT INTO counters SET name = 'c', hits = 3 ON DUPLICATE KEY UPDATE hits = 0;
SELECT * FROM counters ORDER BY name;
INSERT INTO counters (name) VALUES ('a') ON DUPLICATE KEY UPDATE hits = NULL;
INSERT INTO counters (name) VALUES ('a') ON DUPLICATE KEY UPDATE name = 'b';
INSERT INTO counters (name) VALUES ('a') ON DUPLICATE KEY UPDATE nosuch = 1;
INSERT INTO counters (name) VALUES ('a') ON DUPLICATE KEY UPDATE hits = VALUES(nosuch);
INSERT INTO counters (name) VALUES ('a') ON DUPLICATE KEY UPDATE hits = nosuch + 1;
INSERT INTO counters (name) VALUES ('a') ON DUPLICATE KEY UPDATE counters.hits = counters.hits * 2, note = CONCAT(VALUES(name), '!');
SELECT * FROM counters ORDER BY name;
CREATE TABLE users (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(30) UNIQUE, logins INT DEFAULT 1);
INSERT INTO users (email) VALUES ('x@example.com'), ('y@example.com');
INSERT INTO users (email) VALUES ('x@example.com') ON DUPLICATE KEY UPDATE logins = logins + 1;
INSERT INTO users (email) VALUES ('z@example.com') ON DUPLICATE KEY UPDATE logins = logins + 1;
INSERT INTO users (id, email) VALUES (2, 'x@example.com') ON DUPLICATE KEY UPDATE logins = 50;
SELECT * FROM users ORDER BY id;
INSERT INTO users (email) SELECT email FROM users WHERE id < 3 ON DUPLICATE KEY UPDATE logins = 0;
SELECT * FROM users ORDER BY id;
SELECT VALUES(logins) FROM users WHERE id = 1;
