package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.sql.ast.Expression;

/**
 * The type of an expression's values without evaluating it, from the types of the columns it
 * reads and MariaDB's rules for each operator and function (char_length is INTEGER, round of a
 * DECIMAL a DECIMAL, year an INTEGER, CASE the aggregate of its branches, ...); null where only
 * the values can tell (the caller then types the column by its values).
 */
final class ExpressionTypes {
    private ExpressionTypes() {
    }

    /** @param row a row of the source (its columns give the types of column references) */
    static ExprType of(Expression e, Row row, Object[] parameters) {
        if (e == null) {
            return ExprType.NULL;
        }
        if (e instanceof Expression.Literal literal) {
            return literal(literal.value());
        }
        if (e instanceof Expression.Parameter p) {
            return parameters == null || p.index() >= parameters.length ? null : ExprType.ofValue(parameters[p.index()]);
        }
        if (e instanceof Expression.ColumnRef ref) {
            int index = ref.qualifier() == null ? row.indexOf(ref.name()) : row.indexOf(ref.qualifier(), ref.name());
            return index < 0 ? null : ExprType.of(row.columns().get(index));
        }
        if (e instanceof Expression.NextValue || e instanceof Expression.PreviousValue
                || e instanceof Expression.SetValue || e instanceof Expression.RowNumber) {
            return ExprType.BIGINT;
        }
        if (e instanceof Expression.Hex) {
            return ExprType.TEXT;
        }
        if (e instanceof Expression.IsNull || e instanceof Expression.Like || e instanceof Expression.In
                || e instanceof Expression.Between || e instanceof Expression.Exists
                || e instanceof Expression.InSubquery || e instanceof Expression.Quantified) {
            return ExprType.INTEGER;
        }
        if (e instanceof Expression.Unary u) {
            return u.operator().equals("-") ? negated(of(u.operand(), row, parameters)) : ExprType.INTEGER;
        }
        if (e instanceof Expression.Binary b) {
            return binary(b, row, parameters);
        }
        if (e instanceof Expression.Case c) {
            List<ExprType> branches = new ArrayList<>();
            for (Expression.When when : c.whens()) {
                branches.add(of(when.result(), row, parameters));
            }
            branches.add(c.otherwise() == null ? ExprType.NULL : of(c.otherwise(), row, parameters));
            return aggregate(branches);
        }
        if (e instanceof Expression.Cast c) {
            return Casts.type(c.target(), of(c.operand(), row, parameters));
        }
        if (e instanceof Expression.FunctionCall f) {
            return function(f, row, parameters);
        }
        return null;
    }

    /** An integer literal of up to 9 digits is INT to MariaDB, a longer one BIGINT. */
    private static ExprType literal(Object value) {
        if (value instanceof Long l) {
            return l > -1_000_000_000L && l < 1_000_000_000L ? ExprType.INTEGER : ExprType.BIGINT;
        }
        if (value instanceof BigInteger || value instanceof BigDecimal) {
            return ExprType.ofValue(value);
        }
        return ExprType.ofValue(value);
    }

    private static ExprType negated(ExprType operand) {
        return operand == null || operand.kind() != ExprType.Kind.INTEGER ? operand : ExprType.BIGINT;
    }

    private static ExprType binary(Expression.Binary b, Row row, Object[] parameters) {
        switch (b.operator()) {
            case "+", "-", "*", "MOD" -> {
                ExprType left = of(b.left(), row, parameters);
                ExprType right = of(b.right(), row, parameters);
                if (left == null || right == null) {
                    return null;
                }
                if (!left.isNumber() || !right.isNumber()) {
                    return left.kind() == ExprType.Kind.NULL || right.kind() == ExprType.Kind.NULL ? ExprType.NULL
                            : ExprType.DOUBLE;
                }
                if (isReal(left) || isReal(right)) {
                    // a double's decimals: the most of either side's, also for * (a shortest-form double makes
                    // it shortest form)
                    return new ExprType(ExprType.Kind.DOUBLE, Math.max(left.scale(), right.scale()));
                }
                if (left.kind() == ExprType.Kind.DECIMAL || right.kind() == ExprType.Kind.DECIMAL) {
                    int scale = b.operator().equals("*") ? left.scale() + right.scale()
                            : Math.max(left.scale(), right.scale());
                    if (left.kind() == ExprType.Kind.DOUBLE || right.kind() == ExprType.Kind.DOUBLE) {
                        return ExprType.DOUBLE;
                    }
                    return ExprType.decimal(scale);
                }
                ExprType both = aggregate(List.of(left, right));
                return both.kind() == ExprType.Kind.INTEGER && !b.operator().equals("MOD") ? ExprType.BIGINT : both;
            }
            case "/" -> {
                ExprType left = of(b.left(), row, parameters);
                ExprType right = of(b.right(), row, parameters);
                if (left == null || right == null) {
                    return null;
                }
                if (left.kind() == ExprType.Kind.DOUBLE || right.kind() == ExprType.Kind.DOUBLE
                        || !left.isNumber() || !right.isNumber()) {
                    return ExprType.DOUBLE;
                }
                return ExprType.decimal(left.scale() + 4);
            }
            case "DIV" -> {
                return ExprType.BIGINT;
            }
            default -> {
                return ExprType.INTEGER;
            }
        }
    }

    /** True if an argument is of a binary type (CONCAT's result is then binary). */
    private static boolean anyBinary(List<Expression> args, Row row, Object[] parameters) {
        for (Expression arg : args) {
            ExprType type = of(arg, row, parameters);
            if (type != null && type.kind() == ExprType.Kind.BINARY) {
                return true;
            }
        }
        return false;
    }

    private static boolean isReal(ExprType type) {
        return type.kind() == ExprType.Kind.DOUBLE || type.kind() == ExprType.Kind.FLOAT;
    }

    private static ExprType aggregate(List<ExprType> types) {
        for (ExprType type : types) {
            if (type == null) {
                return null;
            }
        }
        return ExprType.aggregate(types);
    }

    private static ExprType argument(Expression.FunctionCall f, int index, Row row, Object[] parameters) {
        return index < f.arguments().size() ? of(f.arguments().get(index), row, parameters) : null;
    }

    private static ExprType function(Expression.FunctionCall f, Row row, Object[] parameters) {
        List<Expression> args = f.arguments();
        return switch (f.name()) {
            case "CONCAT" -> anyBinary(args, row, parameters) ? ExprType.BINARY : ExprType.TEXT;
            case "UPPER", "UCASE", "LOWER", "LCASE", "CONCAT_WS", "REPLACE", "SUBSTRING", "SUBSTR", "MID",
                 "LEFT", "RIGHT", "TRIM", "LTRIM", "RTRIM", "LPAD", "RPAD", "REPEAT", "REVERSE", "SPACE",
                 "DATE_FORMAT", "DAYNAME", "MONTHNAME", "DATABASE", "SCHEMA", "VERSION", "USER", "CURRENT_USER",
                 "SESSION_USER", "SYSTEM_USER", "HEX", "BIN", "OCT", "MD5", "SHA1", "SHA", "UUID" -> ExprType.TEXT;
            case "UNHEX", "CHAR" -> ExprType.BINARY;
            // a constant length SHA2 does not take makes MariaDB type the (NULL) result as binary
            case "SHA2" -> args.size() > 1 && args.get(1) instanceof Expression.Literal l && l.value() instanceof Long bits
                    && !ListAndHashFunctions.isShaLength(bits) ? ExprType.BINARY : ExprType.TEXT;
            case "ELT" -> aggregateOf(args, 1, row, parameters);
            case "FORMAT", "CONV" -> ExprType.TEXT;
            case "ORD" -> ExprType.INTEGER;
            case "UNIX_TIMESTAMP" -> {
                int digits = args.isEmpty() ? 0 : Functions.fractionDigitsOf(args.get(0), row, parameters);
                yield digits == 0 ? ExprType.BIGINT : ExprType.decimal(digits);
            }
            case "FROM_UNIXTIME" -> {
                if (args.size() > 1) {
                    yield ExprType.TEXT;
                }
                ExprType argument = argument(f, 0, row, parameters);
                yield ExprType.dateTime(argument != null && (argument.kind() == ExprType.Kind.DECIMAL
                        && argument.scale() > 0 || argument.kind() == ExprType.Kind.DOUBLE) ? 6 : 0);
            }
            case "FIELD", "FIND_IN_SET" -> ExprType.INTEGER;
            case "CHARACTER_LENGTH", "CHAR_LENGTH", "LENGTH", "OCTET_LENGTH", "BIT_LENGTH", "LOCATE", "POSITION",
                 "INSTR", "ASCII", "STRCMP", "SIGN", "YEAR", "MONTH", "DAY", "DAYOFMONTH", "HOUR", "MINUTE",
                 "SECOND", "MICROSECOND", "DAYOFWEEK", "WEEKDAY", "DAYOFYEAR", "WEEKOFYEAR", "WEEK", "QUARTER",
                 "EXTRACT", "DATEDIFF", "TO_DAYS" -> ExprType.INTEGER;
            case "TIMESTAMPDIFF", "CONNECTION_ID", "LAST_INSERT_ID" -> ExprType.BIGINT;
            case "SQRT", "EXP", "LN", "LOG", "LOG2", "LOG10", "POWER", "POW", "SIN", "COS", "TAN", "ASIN", "ACOS",
                 "ATAN", "ATAN2", "COT", "DEGREES", "RADIANS", "RAND" -> ExprType.DOUBLE;
            case "PI" -> new ExprType(ExprType.Kind.DOUBLE, 6);
            case "ABS" -> absType(argument(f, 0, row, parameters));
            case "MOD" -> modType(argument(f, 0, row, parameters), argument(f, 1, row, parameters));
            case "ROUND", "TRUNCATE" -> NumberFunctions.roundType(argument(f, 0, row, parameters),
                    args.size() > 1 ? args.get(1) : null);
            case "FLOOR", "CEILING", "CEIL" -> NumberFunctions.floorType(argument(f, 0, row, parameters));
            case "COALESCE", "IFNULL", "NVL", "LEAST", "GREATEST" -> aggregateOf(args, 0, row, parameters);
            case "IF" -> aggregateOf(args, 1, row, parameters);
            case "NULLIF" -> argument(f, 0, row, parameters);
            case "CURDATE", "CURRENT_DATE", "UTC_DATE", "DATE", "LAST_DAY" -> ExprType.DATE;
            case "CURTIME", "CURRENT_TIME", "UTC_TIME" -> ExprType.time(digits(args));
            case "NOW", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "SYSDATE", "UTC_TIMESTAMP" ->
                    ExprType.dateTime(digits(args));
            case "TIME" -> {
                ExprType argument = argument(f, 0, row, parameters);
                if (args.get(0) instanceof Expression.Literal l && l.value() instanceof String text) {
                    yield ExprType.time(fractionDigits(text));
                }
                yield ExprType.time(argument == null || !argument.isTemporal() ? 6 : argument.scale());
            }
            case "TIMESTAMPADD" -> TemporalFunctions.addType(args.get(0), argument(f, 2, row, parameters));
            case "DATE_ADD", "DATE_SUB" -> {
                ExprType argument = argument(f, 0, row, parameters);
                yield argument != null && argument.isTemporal() ? TemporalFunctions.addType(args.get(2), argument)
                        : ExprType.CHAR_TEXT;
            }
            default -> null;
        };
    }

    private static ExprType absType(ExprType argument) {
        if (argument == null) {
            return null;
        }
        return argument.kind() == ExprType.Kind.INTEGER ? ExprType.BIGINT
                : argument.isNumber() ? argument : argument.kind() == ExprType.Kind.NULL ? ExprType.NULL : ExprType.DOUBLE;
    }

    private static ExprType modType(ExprType left, ExprType right) {
        if (left == null || right == null) {
            return null;
        }
        if (!left.isNumber() || !right.isNumber()) {
            return ExprType.DOUBLE;
        }
        ExprType both = ExprType.aggregate(List.of(left, right));
        return both.kind() == ExprType.Kind.INTEGER ? ExprType.BIGINT : both;
    }

    private static ExprType aggregateOf(List<Expression> args, int from, Row row, Object[] parameters) {
        List<ExprType> types = new ArrayList<>();
        for (int i = from; i < args.size(); i++) {
            types.add(of(args.get(i), row, parameters));
        }
        return aggregate(types);
    }

    /** The fractional digits a date or time written as text has ('03:04:05.5': 1), as MariaDB types such a constant. */
    static int fractionDigits(String text) {
        int dot = text.lastIndexOf('.');
        if (dot < 0) {
            return 0;
        }
        int digits = 0;
        while (dot + 1 + digits < text.length() && Character.isDigit(text.charAt(dot + 1 + digits))) {
            digits++;
        }
        return Math.min(6, digits);
    }

    /** The fractional digits CURRENT_TIMESTAMP(n) and CURTIME(n) are asked for. */
    private static int digits(List<Expression> args) {
        if (!args.isEmpty() && args.get(0) instanceof Expression.Literal l && l.value() instanceof Long n) {
            return (int) Math.max(0, Math.min(6, n));
        }
        return 0;
    }
}
