# Subqueries in UPDATE and DELETE: Hibernate's bulk delete of a collection table or of entities
# named by a subquery (`delete p1_0 from product p1_0 where p1_0.owner_id in (select ...)`),
# correlated ones, a value subquery in SET, and the same table in the subquery.
CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(10), total DECIMAL(8,2));
CREATE TABLE product (id BIGINT PRIMARY KEY, owner_id BIGINT, sku VARCHAR(10), price DECIMAL(8,2));
INSERT INTO customer VALUES (1, 'n1', NULL), (2, 'n2', NULL), (3, 'n3', NULL), (4, 'n4', NULL);
INSERT INTO product VALUES (10, 1, 'a', 1.00), (11, 1, 'b', 2.00), (12, 4, 'c', 3.00), (13, 4, 'd', 4.00), (14, 2, 'e', 5.00);
delete p1_0 from product p1_0 where p1_0.owner_id in (select c1_0.id from customer c1_0 where c1_0.name='n4');
select * from product order by id;
update customer c set total = (select sum(p.price) from product p where p.owner_id = c.id);
select * from customer order by id;
update customer set name = concat(name, '!') where exists (select 1 from product p where p.owner_id = customer.id and p.price > 1.5);
select * from customer order by id;
delete from customer where id not in (select owner_id from product) and total is null;
select * from customer order by id;
delete from product where price < (select avg(price) from product);
select * from product order by id;
update product set price = price + 1 where owner_id = (select id from customer where name = 'n1!');
select * from product order by id;
update customer set total = (select price from product);
delete from product where id in (select id from product where price > 5);
select * from product order by id;
# Hibernate 7 wraps the subquery of a bulk DELETE in a derived table (MariaDB forbids reading the
# table it deletes from otherwise in some forms)
INSERT INTO product VALUES (20, 1, 'x', 1.00), (21, 2, 'y', 2.00);
delete p1_0 from product p1_0 where p1_0.owner_id in (select * from (select c1_0.id from customer c1_0 where c1_0.name='n1!') _sub_);
select * from product order by id;
select * from (select id, sku from product where price > 1) t order by t.id;
select t.n, count(*) from (select owner_id as n, price from product) as t group by t.n order by t.n;
select * from (select 1 as a, 'x' as b union all select 2, 'y') u order by a desc;
select * from (select id from product);
select nosuch from (select id from product) t;
