# Subqueries as Hibernate writes them for HQL: EXISTS / NOT EXISTS and IN / NOT IN (SELECT ...),
# correlated to the outer row; a subquery as a value in the select list, WHERE, ORDER BY and
# HAVING; = ANY / > ALL; NULLs as MariaDB treats them (x IN a set with a NULL and no match is
# NULL); 1242 for a value subquery with more than one row, 1241 for more than one column.
CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(10), city VARCHAR(10));
CREATE TABLE purchase_order (id BIGINT PRIMARY KEY, customer_id BIGINT, amount DECIMAL(8,2));
INSERT INTO customer VALUES (1, 'ann', 'Oslo'), (2, 'bob', NULL), (3, 'cy', 'Oslo'), (4, 'di', 'Rome');
INSERT INTO purchase_order VALUES (10, 1, 1.50), (11, 1, 3.00), (12, 3, 2.50), (13, NULL, 9.00);
select c1_0.name from customer c1_0 where exists(select 1 from purchase_order po1_0 where po1_0.customer_id=c1_0.id and po1_0.amount>2) order by c1_0.name;
select c1_0.name from customer c1_0 where not exists(select 1 from purchase_order po1_0 where po1_0.customer_id=c1_0.id) order by c1_0.name;
select c1_0.name from customer c1_0 where c1_0.id in (select po1_0.customer_id from purchase_order po1_0 where po1_0.amount<2) order by c1_0.name;
select c1_0.name from customer c1_0 where c1_0.id not in (select po1_0.customer_id from purchase_order po1_0) order by c1_0.name;
select c1_0.name from customer c1_0 where c1_0.id not in (select po1_0.customer_id from purchase_order po1_0 where po1_0.customer_id is not null) order by c1_0.name;
select c1_0.name,(select max(po1_0.amount) from purchase_order po1_0 where po1_0.customer_id=c1_0.id) from customer c1_0 order by c1_0.id;
select c1_0.name,(select count(*) from purchase_order o1_0 where c1_0.id=o1_0.customer_id) from customer c1_0 order by c1_0.id;
select c1_0.name from customer c1_0 where (select count(po1_0.id) from purchase_order po1_0 where po1_0.customer_id=c1_0.id)>0 order by c1_0.id;
select c1_0.name from customer c1_0 where c1_0.id=any(select po1_0.customer_id from purchase_order po1_0 where po1_0.amount>2) order by c1_0.id;
select c1_0.name from customer c1_0 where c1_0.id>all(select po1_0.customer_id from purchase_order po1_0 where po1_0.amount<3) order by c1_0.id;
select c1_0.name from customer c1_0 where c1_0.id < some (select customer_id from purchase_order) order by c1_0.id;
select name from customer where id > all (select customer_id from purchase_order where amount > 100) order by id;
select name from customer order by (select sum(amount) from purchase_order o where o.customer_id = customer.id) desc, id;
select city, count(*) from customer group by city having count(*) > (select count(*) from purchase_order where amount > 2.75) order by city;
select id, (select name from customer c where c.id = o.customer_id) as who from purchase_order o order by id;
select (select 1), (select NULL), (select name from customer where id = 99), exists(select * from customer where id = 99), 2 in (select id from customer), NULL in (select id from customer), NULL in (select id from customer where id > 9);
select 3 in (select customer_id from purchase_order), 2 in (select customer_id from purchase_order), 2 not in (select customer_id from purchase_order);
select name from customer where id in (select customer_id from purchase_order union select 4) order by id;
select name from customer where id = (select max(customer_id) from purchase_order);
select name from customer c where exists (select 1 from purchase_order o where o.customer_id = c.id and exists (select 1 from customer c2 where c2.id = o.customer_id and c2.city = c.city)) order by name;
select id, name from customer where id in (select id from customer where city = 'Oslo') order by id;
select o.id from purchase_order o join customer c on c.id = o.customer_id where c.name in (select name from customer where city is not null) order by o.id;
select name from customer where id = (select customer_id from purchase_order);
select name from customer where id in (select id, name from customer);
select (select id, name from customer where id = 1);
select name from customer where id in (select customer_id from purchase_order limit 1);
select name from customer where id in (select nosuch from purchase_order);
select name from customer c where exists (select 1 from purchase_order o where o.customer_id = c.nosuch);
select name from customer where exists (select 1 from nosuch);
