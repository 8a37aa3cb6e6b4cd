# Joins of INFORMATION_SCHEMA tables and JOIN ... USING, as Hibernate 7's stock MariaDBDialect
# reads foreign keys for hbm2ddl update (its query, with the schema given and an ORDER BY added).
CREATE TABLE customer (id BIGINT PRIMARY KEY, name VARCHAR(10));
CREATE TABLE purchase_order (id BIGINT PRIMARY KEY, customer_id BIGINT, CONSTRAINT FK_o FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE);
CREATE TABLE pair (a INT, b INT, PRIMARY KEY (a, b));
CREATE TABLE pair_ref (id INT PRIMARY KEY, a INT, b INT, CONSTRAINT fk_pair FOREIGN KEY (a, b) REFERENCES pair (a, b) ON UPDATE SET NULL);
select distinct	a.referenced_table_schema as PKTABLE_CAT,	null as PKTABLE_SCHEM,	a.referenced_table_name as PKTABLE_NAME,	a.referenced_column_name as PKCOLUMN_NAME,	a.table_schema as FKTABLE_CAT,	null as FKTABLE_SCHEM,	a.table_name AS FKTABLE_NAME,	a.column_name as FKCOLUMN_NAME,	a.position_in_unique_constraint as KEY_SEQ,	case b.update_rule when 'RESTRICT' then 1 when 'NO ACTION' then 3 when 'CASCADE' then 0 when 'SET NULL' then 2 when 'SET DEFAULT' then 4 end as UPDATE_RULE,	case b.delete_rule when 'RESTRICT' then 1 when 'NO ACTION' then 3 when 'CASCADE' then 0 when 'SET NULL' then 2 when 'SET DEFAULT' then 4 end as DELETE_RULE,	a.constraint_name as FK_NAME,	b.unique_constraint_name as PK_NAME
from information_schema.key_column_usage a
join information_schema.referential_constraints b using (constraint_catalog, constraint_schema, constraint_name)
where a.referenced_table_name is not null
 and a.table_schema = 'test' order by a.table_name, a.constraint_name, a.position_in_unique_constraint;
select a.table_name, b.delete_rule from information_schema.key_column_usage a left join information_schema.referential_constraints b on b.constraint_name = a.constraint_name and b.constraint_schema = a.table_schema where a.table_schema = 'test' order by a.table_name, a.constraint_name, a.column_name;
INSERT INTO customer VALUES (1, 'ann'), (2, 'bob');
INSERT INTO purchase_order VALUES (10, 1), (11, 2), (12, 1);
select p.id, c.name from purchase_order p join customer c on c.id = p.customer_id order by p.id;
CREATE TABLE customer_note (id BIGINT PRIMARY KEY, note VARCHAR(10));
INSERT INTO customer_note VALUES (1, 'first'), (3, 'third');
select customer.id, customer.name, customer_note.note from customer join customer_note using (id) order by customer.id;
select c.id, n.note from customer c left join customer_note n using (id) order by c.id;
