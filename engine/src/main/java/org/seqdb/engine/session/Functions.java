package org.seqdb.engine.session;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.Column;
import org.seqdb.engine.ValueText;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;

/**
 * Calls of built-in functions: the session's own (DATABASE(), VERSION(), LAST_INSERT_ID(), ...)
 * here, the others by family ({@link ControlFunctions}, {@link TextFunctions},
 * {@link NumberFunctions}, {@link TemporalFunctions}). A wrong number of arguments is 1582, a
 * name that is no function 1305, as in MariaDB.
 */
final class Functions {
    /** What a family answers for a name that is not one of its functions. */
    static final Object UNKNOWN = new Object();

    private final Evaluator evaluator;
    private final SessionState state;
    private final ControlFunctions control;

    Functions(Evaluator evaluator, SessionState state) {
        this.evaluator = evaluator;
        this.state = state;
        this.control = new ControlFunctions(evaluator);
    }

    /** RAND's generators of the running statement. */
    private final RandomNumbers random = new RandomNumbers();

    ControlFunctions control() {
        return control;
    }

    Object call(Expression.FunctionCall call, Row row, Object[] parameters) {
        List<Expression> args = call.arguments();
        String name = call.name();
        switch (name) {
            case "DATABASE", "SCHEMA" -> {
                return state.currentDatabase;
            }
            case "VERSION" -> {
                return SessionVariables.VERSION;
            }
            case "CONNECTION_ID" -> {
                return (long) System.identityHashCode(state) & 0x7fffffffL;
            }
            case "USER", "CURRENT_USER", "SESSION_USER", "SYSTEM_USER" -> {
                return "root@localhost";
            }
            case "DATE_ADD", "DATE_SUB" -> {
                return dateAdd(call, row, parameters);
            }
            case "RAND" -> {
                Object seed = args.isEmpty() ? null : evaluator.evaluate(args.get(0), row, parameters);
                boolean constant = args.isEmpty() || args.get(0) instanceof Expression.Literal
                        || args.get(0) instanceof Expression.Parameter;
                return random.next(call, seed, constant, state.statementSerial);
            }
            case "UUID" -> {
                return java.util.UUID.randomUUID().toString();
            }
            case "UNIX_TIMESTAMP" -> {
                if (args.isEmpty()) {
                    return state.statementTime().atZone(java.time.ZoneId.systemDefault()).toEpochSecond();
                }
                Object value = evaluator.evaluate(args.get(0), row, parameters);
                return value == null ? null : TemporalFunctions.unixTimestamp(value, fractionDigitsOf(args.get(0), row,
                        parameters), where(args.get(0), row), state::addNotice);
            }
            case "FROM_UNIXTIME" -> {
                Object seconds = evaluator.evaluate(args.get(0), row, parameters);
                Object format = args.size() > 1 ? evaluator.evaluate(args.get(1), row, parameters) : null;
                return seconds == null || args.size() > 1 && format == null ? null
                        : TemporalFunctions.fromUnixTime(Arithmetic.numeric(seconds), format);
            }
            case "LAST_INSERT_ID" -> {
                if (!args.isEmpty()) {
                    Object value = evaluator.evaluate(args.get(0), row, parameters);
                    state.lastInsertId = value == null ? 0 : Arithmetic.toLong(value);
                    return value == null ? null : state.lastInsertId;
                }
                return state.lastInsertId;
            }
            default -> {
            }
        }
        if (ControlFunctions.has(name)) {
            return control.call(call, row, parameters);
        }
        boolean format = FormatFunctions.has(name);
        boolean hashes = ListAndHashFunctions.has(name);
        boolean text = TextFunctions.has(name);
        boolean number = !text && NumberFunctions.has(name);
        if (!format && !hashes && !text && !number && !TemporalFunctions.has(name)) {
            throw new SeqDbException(ErrorCode.ER_SP_DOES_NOT_EXIST, "FUNCTION",
                    (state.currentDatabase == null ? "" : state.currentDatabase + ".") + lower(name));
        }
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = evaluator.evaluate(args.get(i), row, parameters);
        }
        if (format) {
            return FormatFunctions.call(name, values, state::addNotice);
        }
        if (text || hashes) {
            for (int i = 0; i < values.length; i++) {
                values[i] = temporalText(values[i], args.get(i), row, parameters);
            }
            return hashes ? ListAndHashFunctions.call(name, values, state::addNotice) : TextFunctions.call(name, values);
        }
        if (number) {
            return NumberFunctions.call(name, values, () -> ExpressionPrinter.print(call, evaluator.resolver(), row),
                    state::addNotice);
        }
        return TemporalFunctions.call(name, values, i -> where(args.get(i), row), state::addNotice,
                state.statementTime());
    }

    /**
     * DATE_ADD / DATE_SUB(x, n, unit). Text comes back as text with the fractional digits MariaDB
     * gives it: a text literal's own, six for any other text expression (a VARCHAR column), six
     * whenever microseconds are added.
     */
    private Object dateAdd(Expression.FunctionCall call, Row row, Object[] parameters) {
        List<Expression> args = call.arguments();
        Object date = evaluator.evaluate(args.get(0), row, parameters);
        Object amount = evaluator.evaluate(args.get(1), row, parameters);
        if (date == null || amount == null) {
            return null;
        }
        String unit = ((Expression.Keyword) args.get(2)).word();
        IntervalValue interval;
        try {
            interval = IntervalValue.isComposite(unit) ? IntervalValue.parse(unit, TextFunctions.text(amount))
                    : IntervalValue.of(unit, amount instanceof String text ? Casts.integerPrefix(text, state::addNotice)
                    : Arithmetic.toLong(amount));
            if (interval != null && call.name().equals("DATE_SUB")) {
                interval = interval.negated();
            }
        } catch (ArithmeticException e) {
            state.addNotice(Notice.warning(ErrorCode.ER_DATETIME_FUNCTION_OVERFLOW, "datetime"));
            return null;
        }
        if (interval == null) {
            return null;
        }
        int textDigits = args.get(0) instanceof Expression.Literal literal && literal.value() instanceof String text
                ? ExpressionTypes.fractionDigits(text) : 6;
        return TemporalFunctions.dateAdd(unit, interval, date, textDigits, where(args.get(0), row), state::addNotice);
    }

    /** The fractional digits of a date-time argument: a text literal's own, a column's type's, six for other text. */
    static int fractionDigitsOf(Expression argument, Row row, Object[] parameters) {
        if (argument instanceof Expression.Literal literal && literal.value() instanceof String text) {
            // a text MariaDB cannot read as a date-time gets the most digits, as any non-constant text
            return org.seqdb.engine.table.TemporalCoercion.parseDateTime(text.strip()) == null ? 6 : ExpressionTypes.fractionDigits(text);
        }
        ExprType type = ExpressionTypes.of(argument, row, parameters);
        if (type == null) {
            return 0;
        }
        return type.isTemporal() ? type.scale() : type.kind() == ExprType.Kind.TEXT ? 6 : 0;
    }

    /** CAST(x AS type): a date or time made text keeps the fractional digits of its type. */
    Object cast(Expression.Cast cast, Row row, Object[] parameters) {
        Object value = evaluator.evaluate(cast.operand(), row, parameters);
        if (cast.target().type().equals("CHAR")) {
            value = temporalText(value, cast.operand(), row, parameters);
        }
        return Casts.cast(value, cast, where(cast.operand(), row), Math.max(1, state.currentRow), state::addNotice);
    }

    /** A date-time or time value as text with the fractional digits its expression's type has (a DATETIME(6) column's six). */
    private static Object temporalText(Object value, Expression argument, Row row, Object[] parameters) {
        if (!(value instanceof LocalDateTime) && !(value instanceof Duration)) {
            return value;
        }
        ExprType type = ExpressionTypes.of(argument, row, parameters);
        if (type == null || !type.isTemporal()) {
            return ValueText.of(value);
        }
        return value instanceof LocalDateTime t ? ValueText.ofDateTime(t, t.getNano() != 0 && type.scale() == 0 ? 6
                : type.scale()) : ValueText.ofTime((Duration) value, type.scale());
    }

    /** What a warning about an argument adds when the argument is a table's column: its name and the row. */
    private String where(Expression argument, Row row) {
        if (!(argument instanceof Expression.ColumnRef ref)) {
            return "";
        }
        int index = ref.qualifier() == null ? row.indexOf(ref.name()) : row.indexOf(ref.qualifier(), ref.name());
        if (index < 0) {
            return "";
        }
        Column column = row.columns().get(index);
        if (column.database().isEmpty() || column.table().isEmpty()) {
            return "";
        }
        return " for column `" + column.database() + "`.`" + column.table() + "`.`" + column.name() + "` at row "
                + Math.max(1, state.currentRow);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
