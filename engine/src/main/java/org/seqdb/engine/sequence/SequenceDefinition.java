package org.seqdb.engine.sequence;

/**
 * What CREATE or ALTER settled about a sequence: the columns of its row that only DDL
 * changes. {@code increment} 0 means "step by @@auto_increment_increment".
 *
 * @param valueType the AS type as MariaDB 11.5 names it ("bigint", "tinyint unsigned"), or null for bigint
 */
public record SequenceDefinition(long minValue, long maxValue, long start, long increment, long cache,
                                 boolean cycle, String valueType, String engine, String comment) {

    public SequenceDefinition withTableOptions(String newEngine, String newComment) {
        return new SequenceDefinition(minValue, maxValue, start, increment, cache, cycle, valueType,
                newEngine, newComment);
    }
}
