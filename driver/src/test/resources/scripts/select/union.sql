# UNION [ALL | DISTINCT] of selects: labels from the first select, ORDER BY/LIMIT after the last one apply to all.
# Hibernate's schema tools read every sequence's options with one such query (SequenceInformationExtractorMariaDBDatabaseImpl).
CREATE SEQUENCE customer_seq START WITH 1 INCREMENT BY 50 NOCACHE;
CREATE SEQUENCE order_seq START WITH 100 INCREMENT BY 5 MINVALUE 10 MAXVALUE 1000 CACHE 20;
SELECT NEXT VALUE FOR customer_seq;
SELECT 'customer_seq' as sequence_name, minimum_value, maximum_value, start_value, increment, cache_size FROM customer_seq UNION ALL SELECT 'order_seq' as sequence_name, minimum_value, maximum_value, start_value, increment, cache_size FROM order_seq ;
SELECT 'customer_seq' AS n, next_not_cached_value FROM customer_seq UNION ALL SELECT 'order_seq', next_not_cached_value FROM test.order_seq UNION ALL SELECT 'again', next_not_cached_value FROM customer_seq;
SELECT 1 AS a UNION ALL SELECT 2 UNION ALL SELECT 1;
SELECT 1 AS a UNION SELECT 2 UNION SELECT 1;
SELECT 1 AS a UNION DISTINCT SELECT 1;
SELECT 1 AS a UNION ALL SELECT 1 UNION SELECT 2;
SELECT 3 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 ORDER BY x DESC LIMIT 2;
SELECT 3 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 ORDER BY 1 LIMIT 1, 2;
SELECT 3 AS x UNION ALL SELECT 1 UNION ALL SELECT 2 LIMIT 2 OFFSET 1;
(SELECT 3 AS x) UNION ALL (SELECT 1) ORDER BY x;
(SELECT 3 AS x FROM seq_1_to_5 ORDER BY seq LIMIT 2) UNION ALL (SELECT 1);
SELECT seq FROM seq_1_to_3 UNION ALL SELECT seq FROM seq_2_to_4 ORDER BY seq;
SELECT seq FROM seq_1_to_3 UNION SELECT seq FROM seq_2_to_4;
SELECT NULL AS v UNION ALL SELECT 3;
SELECT NEXTVAL(customer_seq) AS v UNION ALL SELECT NEXTVAL(customer_seq);
SELECT 1 AS a, 2 AS b UNION ALL SELECT 3;
SELECT 1 ORDER BY 1 UNION SELECT 2;
SELECT 1 LIMIT 1 UNION SELECT 2;
SELECT 1 UNION ALL SELECT nope FROM customer_seq;
SELECT 1 UNION ALL SELECT * FROM no_such_seq;
SELECT 1 UNION;
SELECT 1 AS d UNION ALL SELECT 2.5 UNION ALL SELECT NULL;
SELECT 'a' AS t UNION ALL SELECT 1;
SELECT 'a' AS t UNION SELECT 'A' UNION SELECT 'b';
