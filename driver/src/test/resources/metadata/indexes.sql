# getIndexInfo of Hibernate's schema (an index, a unique key, a foreign key's index) as Connector/J
# reports it from MariaDB: CARDINALITY 0 while the tables are empty, the number of rows for the
# primary and unique keys once they have some (InnoDB's estimate for a plain key is left out).
create table customer (id bigint not null, name varchar(100) not null, city varchar(255), email varchar(255), primary key (id)) engine=InnoDB;
create table purchase_order (quantity integer not null, customer_id bigint not null, id bigint not null, primary key (id)) engine=InnoDB;
create index idx_customer_city on customer (city);
alter table if exists customer add constraint UKdwk6cx0afu8bs9o4t536v1j5v unique (email);
alter table if exists purchase_order add constraint FK158vbkwgyf5r6ogk9nkugqv2c foreign key (customer_id) references customer (id);
-- getIndexInfo customer
-- getIndexInfo purchase_order
create table tag (id bigint not null, label varchar(20), primary key (id), unique key uk_label (label));
insert into tag values (1, 'a'), (2, 'b'), (3, 'c');
-- getIndexInfo tag
