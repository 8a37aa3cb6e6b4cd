package org.seqdb.engine.meta;

/** What INFORMATION_SCHEMA.COLUMNS says about one column of a sequence's table (see SequenceColumns). */
public record ColumnFacts(String name, String dataType, String columnType, boolean nullable, Long characterLength,
                          Long numericPrecision, String comment) {
}
