package org.seqdb.engine.session;

import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.seqdb.engine.ValueText;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sequence.SequenceGenerator;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * Computes the value of an expression for one row, in one session: literals, parameters,
 * operators, variables, and the sequence functions (NEXTVAL, LASTVAL, SETVAL).
 */
final class Evaluator {
    private final SessionState state;
    private final Resolver resolver;
    private final Functions functions;
    private final Subqueries subqueries;
    /** ROW_NUMBER() OVER (): the statement each one counts in, and the rows it has numbered in the select running now. */
    private final java.util.Map<Expression.RowNumber, long[]> rowNumbers = new java.util.IdentityHashMap<>();

    Evaluator(SessionState state, Resolver resolver) {
        this.state = state;
        this.resolver = resolver;
        this.functions = new Functions(this, state);
        this.subqueries = new Subqueries(state, this);
    }

    Resolver resolver() {
        return resolver;
    }

    /** A select starts: its ROW_NUMBER() windows count from 1 again. */
    void startRowNumbers(List<Statement.SelectItem> items) {
        for (Statement.SelectItem item : items) {
            ExpressionTree.forEach(item.expression(), node -> {
                if (node instanceof Expression.RowNumber number) {
                    rowNumbers.remove(number);
                }
            });
        }
    }

    Subqueries subqueries() {
        return subqueries;
    }

    Object evaluate(Expression expression, Row row, Object[] parameters) {
        if (expression instanceof Expression.NextValue next) {
            return nextValue(next.sequence());
        }
        if (expression instanceof Expression.Literal literal) {
            return literal.value();
        }
        if (expression instanceof Expression.Parameter parameter) {
            return parameterValue(parameters, parameter.index());
        }
        if (expression instanceof Expression.PreviousValue previous) {
            return previousValue(previous.sequence());
        }
        if (expression instanceof Expression.SetValue setValue) {
            return setValue(setValue, row, parameters);
        }
        if (expression instanceof Expression.Binary binary) {
            return binary(binary, row, parameters);
        }
        if (expression instanceof Expression.Unary unary) {
            if (unary.operator().equals("-")) {
                Object operand = arithmeticOperand(unary.operand(), row, parameters);
                return Arithmetic.negate(operand, state::addNotice);
            }
            Object operand = evaluate(unary.operand(), row, parameters);
            return operand == null ? null : truth(operand) ? 0L : 1L;
        }
        if (expression instanceof Expression.Hex hex) {
            return HexValues.string(hex);
        }
        if (expression instanceof Expression.ColumnRef column) {
            return column(column, row);
        }
        if (expression instanceof Expression.SystemVariable variable) {
            return systemVariable(variable);
        }
        if (expression instanceof Expression.UserVariable variable) {
            return state.variables.user(variable.name());
        }
        if (expression instanceof Expression.FunctionCall call) {
            return functions.call(call, row, parameters);
        }
        if (expression instanceof Expression.Case c) {
            return functions.control().caseOf(c, row, parameters);
        }
        if (expression instanceof Expression.Cast cast) {
            return functions.cast(cast, row, parameters);
        }
        if (expression instanceof Expression.Keyword keyword) {
            return keyword.word();
        }
        if (expression instanceof Expression.RowNumber number) {
            long[] count = rowNumbers.get(number);
            if (count == null || count[0] != state.statementSerial) {
                count = new long[] {state.statementSerial, 0};
                rowNumbers.put(number, count);
            }
            return ++count[1];
        }
        if (expression instanceof Expression.Subquery subquery) {
            return subqueries.scalar(subquery, row, parameters);
        }
        if (expression instanceof Expression.Exists exists) {
            return subqueries.exists(exists, row, parameters);
        }
        if (expression instanceof Expression.InSubquery in) {
            return subqueries.in(in, row, parameters);
        }
        if (expression instanceof Expression.Quantified quantified) {
            return subqueries.quantified(quantified, row, parameters);
        }
        if (expression instanceof Expression.IsNull isNull) {
            boolean isNullValue = evaluate(isNull.operand(), row, parameters) == null;
            return isNullValue != isNull.negated() ? 1L : 0L;
        }
        if (expression instanceof Expression.Like like) {
            return like(like, row, parameters);
        }
        if (expression instanceof Expression.In in) {
            return in(in, row, parameters);
        }
        if (expression instanceof Expression.Between between) {
            return between(between, row, parameters);
        }
        if (expression instanceof Expression.Aggregate) {
            throw new SeqDbException(ErrorCode.ER_INVALID_GROUP_FUNC_USE);
        }
        throw new SeqDbException(ErrorCode.ER_NOT_SUPPORTED_YET, "this expression here");
    }

    private static Object parameterValue(Object[] parameters, int index) {
        Object value = parameters[index];
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        return value;
    }

    long nextValue(ObjectName name) {
        Resolver.ResolvedSequence resolved = resolver.sequence(name);
        SessionState.LastValue last = resolved.lastValue();
        long version = resolved.handle().version();
        try {
            long value = resolved.handle().next();
            last.set(version, value);
            return value;
        } catch (SeqDbException e) {
            last.clear(version);
            throw e;
        }
    }

    private Object previousValue(ObjectName name) {
        Resolver.ResolvedSequence resolved = resolver.sequence(name);
        return resolved.lastValue().get(resolved.handle().version());
    }

    private Object setValue(Expression.SetValue setValue, Row row, Object[] parameters) {
        SequenceHandle handle = resolver.sequence(setValue.sequence()).handle();
        long value = integerArgument(setValue.value(), row, parameters);
        boolean isUsed = setValue.isUsed() == null || integerArgument(setValue.isUsed(), row, parameters) != 0;
        long round = setValue.round() == null ? 0 : integerArgument(setValue.round(), row, parameters);
        SequenceGenerator.SetResult result = handle.set(value, isUsed, round);
        return result == SequenceGenerator.SetResult.SET ? (Object) value : null;
    }

    private long integerArgument(Expression expression, Row row, Object[] parameters) {
        Object value = evaluate(expression, row, parameters);
        if (value == null) {
            throw new SeqDbException(ErrorCode.ER_WRONG_ARGUMENTS, "SETVAL");
        }
        return Arithmetic.toLong(value);
    }

    private Object binary(Expression.Binary binary, Row row, Object[] parameters) {
        String operator = binary.operator();
        if (Arithmetic.isArithmetic(operator)) {
            return arithmetic(binary, row, parameters);
        }
        if (operator.equals("AND")) {
            Object left = evaluate(binary.left(), row, parameters);
            if (left != null && !truth(left)) {
                return 0L;
            }
            Object right = evaluate(binary.right(), row, parameters);
            if (right != null && !truth(right)) {
                return 0L;
            }
            return left == null || right == null ? null : 1L;
        }
        if (operator.equals("OR")) {
            Object left = evaluate(binary.left(), row, parameters);
            if (left != null && truth(left)) {
                return 1L;
            }
            Object right = evaluate(binary.right(), row, parameters);
            if (right != null && truth(right)) {
                return 1L;
            }
            return left == null || right == null ? null : 0L;
        }
        Object left = evaluate(binary.left(), row, parameters);
        Object right = evaluate(binary.right(), row, parameters);
        // 0x41 compared with a number is the number 65; with a string it is the string 'A'
        if (binary.left() instanceof Expression.Hex hex && hex.numberForm() && !(right instanceof String)) {
            left = HexValues.number(hex);
        }
        if (binary.right() instanceof Expression.Hex hex && hex.numberForm() && !(left instanceof String)) {
            right = HexValues.number(hex);
        }
        return switch (operator) {
            case "XOR" -> left == null || right == null ? null
                    : truth(left) != truth(right) ? 1L : 0L;
            case "=", "<>", "<", "<=", ">", ">=" -> comparison(operator, Arithmetic.compare(left, right,
                    comparisonWarnings(binary, binary.left(), binary.right())));
            case "<=>" -> left == null || right == null ? (left == right ? 1L : 0L)
                    : comparison("=", Arithmetic.compare(left, right, comparisonWarnings(binary, binary.left(), binary.right())));
            default -> throw new IllegalStateException(operator);
        };
    }

    /**
     * + - * / DIV MOD: the operands as numbers (a string read as a DOUBLE, with warning 1292 if it is
     * not all number; 0x41 as its number), NULL through, warning 1365 and NULL for a zero divisor,
     * and 1690 quoting the expression as MariaDB prints it when the result leaves its type's range.
     */
    private Object arithmetic(Expression.Binary binary, Row row, Object[] parameters) {
        Object left = arithmeticOperand(binary.left(), row, parameters);
        Object right = arithmeticOperand(binary.right(), row, parameters);
        return Arithmetic.apply(binary.operator(), left, right, () -> ExpressionPrinter.print(binary, resolver, row),
                state::addNotice);
    }

    private Object arithmeticOperand(Expression operand, Row row, Object[] parameters) {
        if (operand instanceof Expression.Hex hex && hex.numberForm()) {
            return HexValues.number(hex);
        }
        return evaluate(operand, row, parameters);
    }

    private static Object comparison(String operator, Integer order) {
        if (order == null) {
            return null;
        }
        boolean result = switch (operator) {
            case "=" -> order == 0;
            case "<>" -> order != 0;
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
        return result ? 1L : 0L;
    }

    private Object column(Expression.ColumnRef column, Row row) {
        List<Row> outer = subqueries.outerRows();
        if (!outer.isEmpty()) {
            Object[] found = outerAware(column, row, outer);
            if (found != null) {
                return found[0];
            }
        }
        int index = column.qualifier() == null ? row.indexOf(column.name())
                : row.indexOf(column.qualifier(), column.name());
        if (index >= 0) {
            return row.values()[index];
        }
        if (column.qualifier() != null && state.variables.oracleMode()) {
            String function = column.name().toLowerCase(Locale.ROOT);
            ObjectName sequence = oracleSequenceName(column.qualifier());
            if (function.equals("nextval")) {
                return nextValue(sequence);
            }
            if (function.equals("currval")) {
                return previousValue(sequence);
            }
        }
        String name = column.qualifier() == null ? column.name() : column.qualifier() + "." + column.name();
        throw new SeqDbException(ErrorCode.ER_BAD_FIELD_ERROR, name, "SELECT");
    }

    /**
     * Inside a subquery: the column from the subquery's own row if it has it (by its qualifier when
     * there is one), else from the nearest outer row that has it; null (nothing found) lets the
     * caller report it.
     */
    private Object[] outerAware(Expression.ColumnRef column, Row row, List<Row> outer) {
        int index = row.strictIndexOf(column.qualifier(), column.name());
        if (index >= 0) {
            return new Object[] {row.values()[index]};
        }
        for (int i = outer.size() - 1; i >= 0; i--) {
            Row candidate = outer.get(i);
            int at = candidate.strictIndexOf(column.qualifier(), column.name());
            if (at >= 0) {
                subqueries.countOuterRead();
                return new Object[] {candidate.values()[at]};
            }
        }
        return null;
    }

    /** True if a subquery's name that its own FROM lacks is a column of a row around it (so it is no 1054). */
    boolean isOuterColumn(Expression.ColumnRef column) {
        for (Row candidate : subqueries.outerRows()) {
            if (candidate.strictIndexOf(column.qualifier(), column.name()) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** s.nextval / s.currval under sql_mode ORACLE: sequence functions, not columns. */
    boolean isOracleSequenceFunction(Expression.ColumnRef column) {
        return column.qualifier() != null && state.variables.oracleMode()
                && (column.name().equalsIgnoreCase("nextval") || column.name().equalsIgnoreCase("currval"));
    }

    private static ObjectName oracleSequenceName(String qualifier) {
        int dot = qualifier.indexOf('.');
        return dot < 0 ? new ObjectName(null, qualifier)
                : new ObjectName(qualifier.substring(0, dot), qualifier.substring(dot + 1));
    }

    private Object systemVariable(Expression.SystemVariable variable) {
        String name = variable.name().toLowerCase(Locale.ROOT);
        if (name.equals("warning_count")) {
            return (long) state.notices.size();
        }
        if (name.equals("error_count")) {
            return state.notices.stream()
                    .filter(n -> n.level() == org.seqdb.engine.error.Notice.Level.Error).count();
        }
        return state.variables.get(variable.scope(), name);
    }

    private Object like(Expression.Like like, Row row, Object[] parameters) {
        Object value = evaluate(like.operand(), row, parameters);
        Object pattern = evaluate(like.pattern(), row, parameters);
        if (value == null || pattern == null) {
            return null;
        }
        char escape = '\\';
        if (like.escape() != null) {
            Object escapeValue = evaluate(like.escape(), row, parameters);
            String escapeText = escapeValue == null ? "" : text(escapeValue);
            escape = escapeText.isEmpty() ? '\\' : escapeText.charAt(0);
        }
        boolean matches = LikePattern.matches(text(pattern), text(value), escape);
        return matches != like.negated() ? 1L : 0L;
    }

    private Object in(Expression.In in, Row row, Object[] parameters) {
        Object value = evaluate(in.operand(), row, parameters);
        if (value == null) {
            return null;
        }
        boolean sawNull = false;
        for (Expression candidate : in.list()) {
            Integer order = Arithmetic.compare(value, evaluate(candidate, row, parameters),
                    comparisonWarnings(candidate));
            if (order == null) {
                sawNull = true;
            } else if (order == 0) {
                return in.negated() ? 0L : 1L;
            }
        }
        return sawNull ? null : in.negated() ? 1L : 0L;
    }

    /**
     * Where a comparison's warnings go (a value compared with a date that is none): to the statement's
     * notices, but only once per statement for {@code node} when {@code left} or {@code right} is a
     * constant, which MariaDB converts once, not for every row. One object serves every comparison,
     * since a comparison runs for every row: it is set right before the comparison, after its operands
     * were evaluated, and the comparison evaluates nothing.
     */
    private Consumer<Notice> comparisonWarnings(Expression node, Expression left, Expression right) {
        comparisonWarnings.onceFor = isConstant(left) || isConstant(right) ? node : null;
        return comparisonWarnings;
    }

    /** The same for an IN list's item or a BETWEEN bound, the side of the comparison that may be constant. */
    private Consumer<Notice> comparisonWarnings(Expression operand) {
        return comparisonWarnings(operand, operand, operand);
    }

    private static boolean isConstant(Expression operand) {
        return operand instanceof Expression.Literal || operand instanceof Expression.Parameter;
    }

    private final ComparisonWarnings comparisonWarnings = new ComparisonWarnings();

    /** See {@link #comparisonWarnings(Expression, Expression, Expression)}. */
    private final class ComparisonWarnings implements Consumer<Notice> {
        /** The comparison whose warning is given once per statement; null: every time. */
        private Expression onceFor;

        @Override
        public void accept(Notice notice) {
            if (onceFor == null || state.firstTimeInStatement(onceFor)) {
                state.addNotice(notice);
            }
        }
    }

    /** {@code x BETWEEN low AND high}: {@code low <= x AND x <= high}, NULL when that is unknown. */
    private Object between(Expression.Between between, Row row, Object[] parameters) {
        Object value = evaluate(between.operand(), row, parameters);
        Integer low = Arithmetic.compare(value, evaluate(between.low(), row, parameters),
                comparisonWarnings(between.low()));
        Integer high = Arithmetic.compare(value, evaluate(between.high(), row, parameters),
                comparisonWarnings(between.high()));
        if (low != null && low < 0 || high != null && high > 0) {
            return between.negated() ? 1L : 0L;
        }
        if (low == null || high == null) {
            return null;
        }
        return between.negated() ? 0L : 1L;
    }

    /** A value as a condition: text is read as a number, with warning 1292 when it is not all one. */
    boolean truth(Object value) {
        if (value instanceof String text) {
            return Arithmetic.isTrue(Arithmetic.number(text, state::addNotice));
        }
        return Arithmetic.isTrue(value);
    }

    /** A value's text as MariaDB sends it (getString of a column). */
    static String text(Object value) {
        return String.valueOf(ValueText.of(value));
    }
}
