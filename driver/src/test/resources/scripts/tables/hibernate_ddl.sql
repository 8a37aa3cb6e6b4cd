# The schema statements Hibernate ORM sends for hbm2ddl create and drop, accepted and recorded:
# ALTER TABLE IF EXISTS ... DROP FOREIGN KEY IF EXISTS (table missing: an Error-level warning;
# key missing: a note), CREATE INDEX, ADD CONSTRAINT ... UNIQUE / FOREIGN KEY, and the keys
# they leave in SHOW CREATE TABLE and INFORMATION_SCHEMA.
alter table if exists purchase_order drop foreign key if exists FK158vbkwgyf5r6ogk9nkugqv2c;
drop table if exists customer;
drop table if exists purchase_order;
create sequence customer_seq start with 1 increment by 50 nocache;
create table customer (active bit not null, born date, version integer not null, created datetime(6), id bigint not null, name varchar(100) not null, city varchar(255), email varchar(255), level enum ('BRONZE','GOLD','SILVER'), primary key (id)) engine=InnoDB;
create table purchase_order (amount decimal(12,2), quantity integer not null, weight float(53) not null, customer_id bigint not null, id bigint not null, payload varbinary(255), note longtext, primary key (id)) engine=InnoDB;
create index idx_customer_city on customer (city);
create index idx_customer_city on customer (city);
alter table if exists customer add constraint UKdwk6cx0afu8bs9o4t536v1j5v unique (email);
alter table if exists customer add constraint UKdwk6cx0afu8bs9o4t536v1j5v unique (email);
alter table if exists purchase_order add constraint FK158vbkwgyf5r6ogk9nkugqv2c foreign key (customer_id) references customer (id);
alter table if exists purchase_order drop foreign key if exists nosuch;
alter table purchase_order drop foreign key nosuch;
alter table purchase_order add constraint FKbad foreign key (customer_id) references nosuch (id);
SHOW CREATE TABLE customer;
SHOW CREATE TABLE purchase_order;
select index_name, non_unique, seq_in_index, column_name, nullable from information_schema.statistics where table_schema = 'test' order by table_name, index_name, seq_in_index;
select constraint_name, table_name, column_name, ordinal_position, position_in_unique_constraint, referenced_table_schema, referenced_table_name, referenced_column_name from information_schema.key_column_usage where table_schema = 'test' order by table_name, constraint_name, ordinal_position;
select constraint_name, table_name, constraint_type from information_schema.table_constraints where table_schema = 'test' order by table_name, constraint_name;
select constraint_name, unique_constraint_name, match_option, update_rule, delete_rule, table_name, referenced_table_name from information_schema.referential_constraints where constraint_schema = 'test';
insert into customer (active, version, id, name, email) values (1, 0, 1, 'a', 'a@x');
insert into customer (active, version, id, name, email) values (1, 0, 2, 'b', 'a@x');
# what hbm2ddl update reads about a referenced table: its columns, through a query with no rows
select * from `test`.`customer` where 1=0;
alter table if exists purchase_order drop foreign key if exists FK158vbkwgyf5r6ogk9nkugqv2c;
SHOW CREATE TABLE purchase_order;
drop index idx_customer_city on customer;
drop index idx_customer_city on customer;
drop table if exists customer;
drop table if exists purchase_order;
drop sequence customer_seq;
