# Joins of tables, as Hibernate writes them for associations: [INNER] JOIN ... ON, LEFT [OUTER]
# JOIN (no match gives NULLs), RIGHT JOIN, CROSS JOIN and commas; a.* of one table; aggregates
# over a join; 1052 for an ambiguous column, 1054 naming ON, 1066 for a table named twice.
CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(10), city VARCHAR(10));
CREATE TABLE product (id BIGINT PRIMARY KEY, owner_id BIGINT, sku VARCHAR(10), amount DECIMAL(8,2));
INSERT INTO customer VALUES (1, 'ann', 'Oslo'), (2, 'bob', 'Bergen'), (3, 'cy', 'Oslo');
INSERT INTO product VALUES (10, 1, 'p10', 1.50), (11, 1, 'p11', 2.00), (12, 3, 'p12', 4.25), (13, NULL, 'p13', 1.00);
select p1_0.id,p1_0.owner_id,o1_0.id,o1_0.name,p1_0.sku from product p1_0 left join customer o1_0 on o1_0.id=p1_0.owner_id where p1_0.id=11;
select p1_0.id,o1_0.name from product p1_0 left join customer o1_0 on o1_0.id=p1_0.owner_id order by p1_0.id;
select p.sku, c.name from product p join customer c on c.id = p.owner_id where c.city = 'Oslo' order by p.sku;
select c.name, p.sku from customer c left outer join product p on p.owner_id = c.id order by c.id, p.id;
select c.name, p.sku from product p right join customer c on p.owner_id = c.id order by c.id, p.id;
select c.*, p.sku from customer c inner join product p on p.owner_id = c.id and p.amount > 1.5 order by p.id;
select c.id, p.id from customer c cross join product p where c.id = 2 order by p.id;
select c.name, p.sku from customer c, product p where p.owner_id = c.id order by p.id;
select * from customer c join product p on p.owner_id = c.id where p.id = 12;
select min(c1_0.id),max(c1_0.id),sum(po1_0.amount),count(po1_0.id) from product po1_0 join customer c1_0 on c1_0.id=po1_0.owner_id;
select c.city, count(p.id), sum(p.amount) from customer c left join product p on p.owner_id = c.id group by c.city order by c.city;
select id from customer c join product p on p.owner_id = c.id;
select c.name from customer c join product p on p.zz = c.id;
select c.name from customer c join product p on p.owner_id = c.id where name2 = 'x';
select * from customer join customer on 1 = 1;
select * from customer c join nosuch n on n.id = c.id;
