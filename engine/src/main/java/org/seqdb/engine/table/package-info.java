/**
 * Table columns and rows as values, between the session's executors and the store: a column's
 * MariaDB type ({@code ColumnType}, from the text CREATE TABLE is turned into by
 * {@code DeclaredType}), values made fit for a column under strict mode ({@code Coercion} and its
 * number, text and temporal parts), the form the store keeps them in ({@code StorageForm}), the
 * keys rows are stored and found under ({@code RowKeys}), and a definition made ready for rows
 * ({@code TableShape}). Pure: no I/O, no catalog, no store.
 */
package org.seqdb.engine.table;
