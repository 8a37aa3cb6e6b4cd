# Sequences and a key-less table through DatabaseMetaData: sequences typed SEQUENCE with their
# eight columns (cycle_option is a BOOLEAN to Connector/J), the table typed TABLE.
create sequence order_ids start with 100 increment by 10 comment 'orders';
create sequence item_ids nocache;
create table notes (id bigint not null, amount bigint unsigned not null);
-- getTables
-- getColumns
-- getPrimaryKeys notes
-- getIndexInfo notes
-- getImportedKeys notes
-- getExportedKeys notes
