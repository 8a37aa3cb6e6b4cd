package org.seqdb.engine;

/**
 * A statement parsed once and executed many times with its {@code ?} parameters bound.
 * Belongs to the session that prepared it and shares its thread-safety rules.
 */
public interface PreparedCommand {
    /** How many {@code ?} markers the statement has. */
    int parameterCount();

    /** True if the statement returns rows (SELECT, SHOW, ...). */
    boolean returnsRows();

    /**
     * Runs the statement. {@code parameters} has one value per marker: Long, Integer,
     * BigInteger, BigDecimal, Double, String, Boolean or null.
     */
    Result execute(Object[] parameters);
}
