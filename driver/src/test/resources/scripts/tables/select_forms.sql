# SELECT over one table: column lists, * and t.*, aliases of tables and columns, qualified
# names (as Hibernate writes them), WHERE with comparisons, AND/OR/NOT, IN, BETWEEN, LIKE,
# IS [NOT] NULL, ORDER BY (ASC/DESC, positions, aliases), LIMIT n / a,b / n OFFSET m, DISTINCT.
CREATE TABLE item (id BIGINT PRIMARY KEY, name VARCHAR(20), price DECIMAL(8,2), qty INT, city VARCHAR(10));
INSERT INTO item VALUES (1, 'apple', 1.50, 10, 'Oslo'), (2, 'banana', 0.25, 0, 'Bergen'), (3, 'cherry', 10.00, NULL, 'Oslo'), (4, 'date', 3.75, 7, NULL), (5, 'elder', 2.00, 3, 'bergen');
SELECT * FROM item;
SELECT i1_0.id, i1_0.name FROM item i1_0 WHERE i1_0.id = 3;
SELECT item.name, item.* FROM item WHERE item.id = 1;
SELECT x.name AS n, price p FROM item AS x WHERE x.price > 2 ORDER BY p DESC;
SELECT id FROM item WHERE qty >= 3 AND price < 3 OR name = 'cherry' ORDER BY id;
SELECT id FROM item WHERE NOT (qty > 5) ORDER BY id;
SELECT id FROM item WHERE id IN (2, 4, 9) ORDER BY id;
SELECT id FROM item WHERE id NOT IN (2, 4) ORDER BY id;
SELECT id FROM item WHERE price BETWEEN 1 AND 3 ORDER BY id;
SELECT id FROM item WHERE price NOT BETWEEN 1 AND 3 ORDER BY id;
SELECT id, name FROM item WHERE name LIKE '%an%' OR name LIKE 'e____';
SELECT id FROM item WHERE qty IS NULL;
SELECT id FROM item WHERE city IS NOT NULL AND qty IS NOT NULL ORDER BY 1 DESC;
SELECT id, city FROM item WHERE city = 'oslo' ORDER BY id;
SELECT name FROM item ORDER BY city, name;
SELECT id FROM item ORDER BY id LIMIT 2;
SELECT id FROM item ORDER BY id LIMIT 1, 2;
SELECT id FROM item ORDER BY id LIMIT 2 OFFSET 3;
SELECT DISTINCT city FROM item ORDER BY city;
SELECT id, price * qty AS total, name = 'apple' AS is_apple FROM item WHERE id < 3 ORDER BY total;
SELECT * FROM item WHERE 1 = 0;
SELECT id FROM item WHERE id = 99;
SELECT id FROM item WHERE id = '2';
SELECT id FROM item WHERE id = 2.5;
