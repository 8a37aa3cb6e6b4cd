# The schema hbm2ddl creates for two entities with a sequence each, an index, a unique key and a
# foreign key (Hibernate 6.6, MariaDBDialect/SeqDbDialect), plus the other column types entities map.
create sequence customer_seq start with 1 increment by 50 nocache;
create sequence order_seq start with 1 increment by 50 nocache;
create table customer (active bit not null, born date, version integer not null, created datetime(6), id bigint not null, name varchar(100) not null, city varchar(255), email varchar(255), level enum ('BRONZE','GOLD','SILVER'), balance decimal(12,2), primary key (id)) engine=InnoDB;
create table purchase_order (quantity integer not null, weight float(53) not null, customer_id bigint not null, id bigint not null, payload varbinary(255), note longtext, primary key (id)) engine=InnoDB;
create table kinds (small smallint, tiny tinyint, flag boolean, f float, t time, ts timestamp(3) null, c char(3), blb longblob, txt text, u int unsigned, big bigint unsigned not null, pk1 int not null, pk2 varchar(10) not null, primary key (pk2, pk1));
create index idx_customer_city on customer (city);
alter table if exists customer add constraint UKdwk6cx0afu8bs9o4t536v1j5v unique (email);
alter table if exists purchase_order add constraint FK158vbkwgyf5r6ogk9nkugqv2c foreign key (customer_id) references customer (id);
-- getTables
-- getColumns
-- getPrimaryKeys customer
-- getPrimaryKeys kinds
-- getImportedKeys purchase_order
-- getImportedKeys customer
-- getExportedKeys customer
-- getExportedKeys purchase_order
