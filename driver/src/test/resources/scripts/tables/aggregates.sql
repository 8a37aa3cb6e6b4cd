# COUNT(*), COUNT(x), COUNT(DISTINCT x), MIN, MAX, SUM and AVG (their types: SUM of integers and
# AVG are DECIMAL, over DOUBLE they are DOUBLE), GROUP BY with groups in order, HAVING, and the
# one row an aggregate over no rows gives.
CREATE TABLE g (id INT PRIMARY KEY, city VARCHAR(10), n INT, d DECIMAL(6,2), f DOUBLE);
SELECT COUNT(*), COUNT(n), SUM(n), AVG(n), MIN(city), MAX(d) FROM g;
INSERT INTO g VALUES (1, 'Oslo', 3, 1.50, 0.5), (2, 'Bergen', 4, 2.25, 1.5), (3, 'Oslo', NULL, 3.00, 2.5), (4, 'Tromso', 10, NULL, NULL), (5, 'Bergen', 4, 0.10, 0.25);
SELECT COUNT(*), COUNT(n), COUNT(DISTINCT n), SUM(n), AVG(n), MIN(n), MAX(n) FROM g;
SELECT SUM(d), AVG(d), MIN(d), MAX(d), SUM(f), AVG(f) FROM g;
SELECT city, COUNT(*), SUM(n) FROM g GROUP BY city;
SELECT g1_0.city, COUNT(g1_0.id) FROM g g1_0 GROUP BY g1_0.city ORDER BY g1_0.city;
SELECT city, COUNT(*) AS c FROM g GROUP BY city HAVING c > 1 ORDER BY c DESC, city;
SELECT city, MAX(n) FROM g WHERE id > 1 GROUP BY city HAVING MAX(n) >= 4;
SELECT COUNT(*) FROM g WHERE n > 100;
SELECT city, COUNT(*) FROM g WHERE n > 100 GROUP BY city;
SELECT COUNT(*) + 1, MAX(n) - MIN(n) FROM g;
SELECT id FROM g WHERE COUNT(*) > 1;
