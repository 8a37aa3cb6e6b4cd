package org.seqdb.engine.session;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.Column;
import org.seqdb.engine.ValueText;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;

/**
 * An expression as MariaDB prints it in messages (1690 quotes the expression that overflowed):
 * Item::print's form, not the text as written. Names come out resolved and back-quoted
 * ({@code nextval(`test`.`s`)}, {@code `test`.`s`.`increment`}), function names in lower case,
 * {@code %} as MOD, {@code !=} as {@code <>}, {@code and}/{@code or}/{@code xor} in lower case, and
 * parentheses only where precedence needs them (an operand of lower precedence, or of the same
 * precedence on the right).
 */
final class ExpressionPrinter {
    /** MariaDB's enum precedence, lowest first, for the operators seqdb has. */
    private enum Precedence {
        OR, XOR, AND, CMP, ADD, MUL, NEG, HIGHEST
    }

    private final Resolver resolver;
    private final Row row;
    private final StringBuilder out = new StringBuilder();

    private ExpressionPrinter(Resolver resolver, Row row) {
        this.resolver = resolver;
        this.row = row;
    }

    /** @param row the FROM row the expression is evaluated on, whose columns name their table */
    static String print(Expression expression, Resolver resolver, Row row) {
        ExpressionPrinter printer = new ExpressionPrinter(resolver, row);
        printer.print(expression);
        return printer.out.toString();
    }

    private void print(Expression expression) {
        if (expression instanceof Expression.Literal literal) {
            literal(literal);
        } else if (expression instanceof Expression.Hex hex) {
            out.append(hex.text());
        } else if (expression instanceof Expression.Binary binary) {
            Precedence own = precedence(binary);
            parenthesised(binary.left(), own);
            out.append(' ').append(operatorText(binary.operator())).append(' ');
            parenthesised(binary.right(), higher(own));
        } else if (expression instanceof Expression.Unary unary) {
            out.append(unary.operator().equals("-") ? "-" : "!");
            parenthesised(unary.operand(), Precedence.NEG);
        } else if (expression instanceof Expression.NextValue next) {
            out.append("nextval(").append(qualified(next.sequence())).append(')');
        } else if (expression instanceof Expression.PreviousValue previous) {
            out.append("lastval(").append(qualified(previous.sequence())).append(')');
        } else if (expression instanceof Expression.SetValue set) {
            setValue(set);
        } else if (expression instanceof Expression.ColumnRef column) {
            column(column);
        } else if (expression instanceof Expression.FunctionCall call) {
            out.append(functionName(call.name())).append('(');
            list(call.arguments());
            out.append(')');
        } else if (expression instanceof Expression.Keyword keyword) {
            out.append(keyword.word().toLowerCase(Locale.ROOT));
        } else if (expression instanceof Expression.Case c) {
            out.append("case ");
            if (c.operand() != null) {
                print(c.operand());
                out.append(' ');
            }
            for (Expression.When when : c.whens()) {
                out.append("when ");
                print(when.condition());
                out.append(" then ");
                print(when.result());
                out.append(' ');
            }
            if (c.otherwise() != null) {
                out.append("else ");
                print(c.otherwise());
                out.append(' ');
            }
            out.append("end");
        } else if (expression instanceof Expression.Cast c) {
            out.append("cast(");
            print(c.operand());
            out.append(" as ").append(c.target().type().toLowerCase(Locale.ROOT)).append(')');
        } else if (expression instanceof Expression.Parameter) {
            out.append('?');
        } else if (expression instanceof Expression.SystemVariable variable) {
            out.append("@@").append(variable.scope() == null ? "" : variable.scope().toLowerCase(Locale.ROOT) + ".")
                    .append(variable.name());
        } else if (expression instanceof Expression.UserVariable variable) {
            out.append('@').append(quote(variable.name()));
        } else if (expression instanceof Expression.IsNull isNull) {
            parenthesised(isNull.operand(), Precedence.CMP);
            out.append(isNull.negated() ? " is not null" : " is null");
        } else if (expression instanceof Expression.Like like) {
            parenthesised(like.operand(), Precedence.CMP);
            out.append(like.negated() ? " not like " : " like ");
            parenthesised(like.pattern(), Precedence.ADD);
        } else if (expression instanceof Expression.In in) {
            parenthesised(in.operand(), Precedence.CMP);
            out.append(in.negated() ? " not in (" : " in (");
            list(in.list());
            out.append(')');
        } else if (expression instanceof Expression.Star star) {
            out.append(star.qualifier() == null ? "*" : quote(star.qualifier()) + ".*");
        } else {
            out.append(expression);
        }
    }

    /** A function's name as MariaDB prints it (func_name()): lower case, POWER as pow. */
    private static String functionName(String name) {
        return switch (name) {
            case "POWER" -> "pow";
            case "CEIL" -> "ceiling";
            case "SUBSTR" -> "substr";
            default -> name.toLowerCase(Locale.ROOT);
        };
    }

    private void literal(Expression.Literal literal) {
        Object value = literal.value();
        if (value == null) {
            out.append("NULL");
        } else if (value instanceof String text) {
            out.append('\'').append(text.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
        } else if (value instanceof Double || value instanceof BigDecimal) {
            // MariaDB prints a decimal or float literal as it was written (1.50, 1e3)
            out.append(literal.name() != null ? literal.name() : ValueText.of(value));
        } else {
            out.append(value);
        }
    }

    private void setValue(Expression.SetValue set) {
        out.append("setval(").append(qualified(set.sequence())).append(',');
        print(set.value());
        out.append(',');
        if (set.isUsed() == null) {
            out.append('1');
        } else {
            print(set.isUsed());
        }
        out.append(',');
        if (set.round() == null) {
            out.append('0');
        } else {
            print(set.round());
        }
        out.append(')');
    }

    private void column(Expression.ColumnRef column) {
        int index = row.indexOf(column.name());
        if (index < 0) {
            out.append(column.qualifier() == null ? "" : quote(column.qualifier()) + ".").append(quote(column.name()));
            return;
        }
        Column source = row.columns().get(index);
        if (!source.database().isEmpty()) {
            out.append(quote(source.database())).append('.');
        }
        if (!source.table().isEmpty()) {
            out.append(quote(source.table())).append('.');
        }
        out.append(quote(source.name()));
    }

    private void list(List<Expression> expressions) {
        for (int i = 0; i < expressions.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            print(expressions.get(i));
        }
    }

    private void parenthesised(Expression expression, Precedence parent) {
        boolean parentheses = precedence(expression).compareTo(parent) < 0;
        if (parentheses) {
            out.append('(');
        }
        print(expression);
        if (parentheses) {
            out.append(')');
        }
    }

    private String qualified(ObjectName name) {
        return quote(resolver.databaseOf(name)) + "." + quote(name.name());
    }

    private static Precedence precedence(Expression expression) {
        if (expression instanceof Expression.Binary binary) {
            return switch (binary.operator()) {
                case "OR" -> Precedence.OR;
                case "XOR" -> Precedence.XOR;
                case "AND" -> Precedence.AND;
                case "+", "-" -> Precedence.ADD;
                case "*", "/", "DIV", "MOD" -> Precedence.MUL;
                default -> Precedence.CMP;
            };
        }
        if (expression instanceof Expression.Unary) {
            return Precedence.NEG;
        }
        if (expression instanceof Expression.IsNull || expression instanceof Expression.Like
                || expression instanceof Expression.In) {
            return Precedence.CMP;
        }
        if (expression instanceof Expression.Literal literal && isNegative(literal.value())) {
            // a negative literal prints with its sign, as a negation would
            return Precedence.NEG;
        }
        return Precedence.HIGHEST;
    }

    private static boolean isNegative(Object value) {
        if (value instanceof Long l) {
            return l < 0;
        }
        if (value instanceof Double d) {
            return d < 0;
        }
        if (value instanceof BigDecimal d) {
            return d.signum() < 0;
        }
        return value instanceof java.math.BigInteger i && i.signum() < 0;
    }

    private static Precedence higher(Precedence precedence) {
        return Precedence.values()[Math.min(precedence.ordinal() + 1, Precedence.values().length - 1)];
    }

    private static String operatorText(String operator) {
        return switch (operator) {
            case "OR", "XOR", "AND" -> operator.toLowerCase(Locale.ROOT);
            default -> operator;
        };
    }

    private static String quote(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
