package org.seqdb.engine;

import java.util.List;
import org.seqdb.engine.error.Notice;

/**
 * What a statement gives back: either rows under labelled columns, or an update count.
 * Row values are Long, BigInteger, BigDecimal, Double, String or null, as the column type says.
 */
public final class Result {
    private static final Result NO_ROWS_UPDATED = new Result(null, null, 0);

    private final List<Column> columns;
    private final List<Object[]> rows;
    private final long updateCount;
    private final List<Object> generatedKeys;
    private final List<Notice> notices;

    private Result(List<Column> columns, List<Object[]> rows, long updateCount, List<Object> generatedKeys,
                   List<Notice> notices) {
        this.columns = columns;
        this.rows = rows;
        this.updateCount = updateCount;
        this.generatedKeys = generatedKeys;
        this.notices = notices;
    }

    private Result(List<Column> columns, List<Object[]> rows, long updateCount) {
        this(columns, rows, updateCount, List.of(), List.of());
    }

    public static Result rows(List<Column> columns, List<Object[]> rows) {
        return new Result(List.copyOf(columns), rows, -1);
    }

    public static Result updateCount(long count) {
        return count == 0 ? NO_ROWS_UPDATED : new Result(null, null, count);
    }

    /**
     * An INSERT's count with the keys it generated, one per row: AUTO_INCREMENT values, or primary
     * keys taken from a sequence DEFAULT.
     */
    public static Result updateCount(long count, List<Object> generatedKeys) {
        return generatedKeys.isEmpty() ? updateCount(count) : new Result(null, null, count, List.copyOf(generatedKeys), List.of());
    }

    /** The keys an INSERT generated (see {@link #updateCount(long, List)}); empty for anything else. */
    public List<Object> generatedKeys() {
        return generatedKeys;
    }

    /**
     * The notes, warnings and errors the statement left (what SHOW WARNINGS then lists), handed
     * back with the result so that a caller needs no second call into the session.
     */
    public List<Notice> notices() {
        return notices;
    }

    /** This result with the statement's notices; the same result when there are none. */
    public Result withNotices(List<Notice> statementNotices) {
        return statementNotices.isEmpty() ? this
                : new Result(columns, rows, updateCount, generatedKeys, List.copyOf(statementNotices));
    }

    /** True for a row set (SELECT, SHOW), false for an update count. */
    public boolean hasRows() {
        return columns != null;
    }

    public List<Column> columns() {
        return columns;
    }

    /** The rows, each an array as long as {@link #columns()}. Callers must not change them. */
    public List<Object[]> rows() {
        return rows;
    }

    /** The number of rows a statement changed; -1 for a row set. */
    public long updateCount() {
        return updateCount;
    }
}
