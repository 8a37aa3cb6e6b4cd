package org.seqdb.engine.sql.ast;

/**
 * The options of CREATE SEQUENCE and ALTER SEQUENCE, where "not given" (null, or false for
 * the NO forms) differs from any value, because ALTER keeps what is not given and CREATE
 * derives it from the increment.
 *
 * @param increment      INCREMENT [BY|=] n
 * @param minValue       MINVALUE [=] n; NO MINVALUE / NOMINVALUE are MINVALUE 1 in MariaDB 10.11,
 *                       whatever the increment's sign (so they fail for negative increments)
 * @param maxValue       MAXVALUE [=] n; NO MAXVALUE / NOMAXVALUE are MAXVALUE 9223372036854775806
 * @param start          START [WITH|=] n
 * @param cache          CACHE [=] n, 0 for NOCACHE
 * @param cycle          CYCLE (true) / NOCYCLE (false)
 * @param restart        RESTART given (ALTER only)
 * @param restartValue   RESTART [WITH|=] n
 * @param valueType      AS type (null when not given)
 * @param engine         ENGINE=x table option, as its canonical name
 * @param comment        COMMENT='x' table option ('' is no comment, but removes one in ALTER TABLE)
 * @param engineAttributes names of {@code name = value} table options, which MariaDB reads as options of
 *                       the engine and refuses when it executes (1911: InnoDB has none of the kind)
 */
public record SequenceOptions(
        Long increment,
        Long minValue,
        Long maxValue,
        Long start,
        Long cache,
        Boolean cycle,
        boolean restart,
        Long restartValue,
        String valueType,
        String engine,
        String comment,
        java.util.List<String> engineAttributes) {

    public SequenceOptions(Long increment, Long minValue, Long maxValue, Long start, Long cache, Boolean cycle,
                           boolean restart, Long restartValue, String valueType, String engine, String comment) {
        this(increment, minValue, maxValue, start, cache, cycle, restart, restartValue, valueType, engine, comment,
                java.util.List.of());
    }

    public static final SequenceOptions NONE =
            new SequenceOptions(null, null, null, null, null, null, false, null, null, null, null);

    /** What NO MINVALUE means: MariaDB keeps its built-in default, whatever the increment. */
    public static final long NO_MIN_VALUE = 1;
    /** What NO MAXVALUE means. */
    public static final long NO_MAX_VALUE = Long.MAX_VALUE - 1;
}
