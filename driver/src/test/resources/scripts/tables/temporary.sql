# TEMPORARY tables as Hibernate uses them for HQL insert ... select (its HTE_ tables): the
# session's own, shadowing a table of the name, transactional, gone at DROP TEMPORARY TABLE or
# when the session ends; CREATE and DROP TEMPORARY TABLE do not commit; ROW_NUMBER() OVER ()
# numbers the rows of a select.
CREATE TABLE product (id BIGINT PRIMARY KEY, owner_id BIGINT, sku VARCHAR(255));
CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(10));
INSERT INTO customer VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
START TRANSACTION;
INSERT INTO product VALUES (100, NULL, 'first');
create temporary table if not exists HTE_product(rn_ integer not null, id bigint, owner_id bigint, sku varchar(255), primary key (rn_));
create temporary table if not exists HTE_product(rn_ integer not null, id bigint, owner_id bigint, sku varchar(255), primary key (rn_));
insert into HTE_product(sku,rn_) select c1_0.name,row_number() over() from customer c1_0 where c1_0.id>=2;
select * from HTE_product order by rn_;
update HTE_product hte_tmp set id=200 where rn_=1;
update HTE_product hte_tmp set id=201 where rn_=2;
insert into product(sku,id) select hte_tmp.sku,hte_tmp.id from HTE_product hte_tmp;
drop temporary table HTE_product;
ROLLBACK;
select * from product order by id;
select name, row_number() over () from customer order by id;
select row_number() over (), row_number() over ();
CREATE TEMPORARY TABLE customer (id INT PRIMARY KEY, note VARCHAR(5));
INSERT INTO customer VALUES (9, 'temp');
select * from customer;
--connect other
select * from customer order by id;
--connection default
DROP TABLE customer;
select * from customer order by id;
DROP TEMPORARY TABLE customer;
DROP TEMPORARY TABLE IF EXISTS customer;
CREATE TEMPORARY TABLE t1 (a INT);
INSERT INTO t1 VALUES (1);
--disconnect default
--connect default
select * from t1;
