package org.seqdb.engine.sql.ast;

/**
 * The options of CREATE SEQUENCE and ALTER SEQUENCE, where "not given" (null, or false for
 * the NO forms) differs from any value, because ALTER keeps what is not given and CREATE
 * derives it from the increment.
 *
 * @param increment      INCREMENT [BY|=] n
 * @param minValue       MINVALUE [=] n
 * @param noMinValue     NO MINVALUE / NOMINVALUE: back to the default
 * @param maxValue       MAXVALUE [=] n
 * @param noMaxValue     NO MAXVALUE / NOMAXVALUE
 * @param start          START [WITH|=] n
 * @param cache          CACHE [=] n, 0 for NOCACHE
 * @param cycle          CYCLE (true) / NOCYCLE (false)
 * @param restart        RESTART given (ALTER only)
 * @param restartValue   RESTART [WITH|=] n
 * @param valueType      AS type (null when not given)
 * @param engine         ENGINE=x table option
 * @param comment        COMMENT='x' table option
 */
public record SequenceOptions(
        Long increment,
        Long minValue,
        boolean noMinValue,
        Long maxValue,
        boolean noMaxValue,
        Long start,
        Long cache,
        Boolean cycle,
        boolean restart,
        Long restartValue,
        String valueType,
        String engine,
        String comment) {

    public static final SequenceOptions NONE =
            new SequenceOptions(null, null, false, null, false, null, null, null, false, null, null, null, null);

    public boolean minValueGiven() {
        return minValue != null || noMinValue;
    }

    public boolean maxValueGiven() {
        return maxValue != null || noMaxValue;
    }
}
