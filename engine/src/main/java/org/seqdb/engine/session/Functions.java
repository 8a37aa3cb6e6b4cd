package org.seqdb.engine.session;

import java.util.List;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;

/** The built-in functions clients call around their work: DATABASE(), VERSION(), IFNULL(), ... */
final class Functions {
    private Functions() {
    }

    static Object call(Expression.FunctionCall call, Evaluator evaluator, SessionState state, Row row,
                       Object[] parameters) {
        List<Expression> args = call.arguments();
        return switch (call.name()) {
            case "DATABASE", "SCHEMA" -> {
                arity(call, 0);
                yield state.currentDatabase;
            }
            case "VERSION" -> {
                arity(call, 0);
                yield SessionVariables.VERSION;
            }
            case "CONNECTION_ID" -> {
                arity(call, 0);
                yield (long) System.identityHashCode(state) & 0x7fffffffL;
            }
            case "USER", "CURRENT_USER", "SESSION_USER", "SYSTEM_USER" -> "root@localhost";
            case "LAST_INSERT_ID" -> {
                if (!args.isEmpty()) {
                    Object value = evaluator.evaluate(args.get(0), row, parameters);
                    state.lastInsertId = value == null ? 0 : Arithmetic.toLong(value);
                    yield value == null ? null : state.lastInsertId;
                }
                yield state.lastInsertId;
            }
            case "CURRENT_TIMESTAMP", "NOW", "LOCALTIME", "LOCALTIMESTAMP", "SYSDATE" -> {
                int digits = args.isEmpty() ? 0 : (int) Arithmetic.toLong(evaluator.evaluate(args.get(0), row,
                        parameters));
                java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneId.systemDefault());
                long unit = (long) Math.pow(10, 9 - Math.max(0, Math.min(6, digits)));
                yield now.withNano((int) (now.getNano() / unit * unit));
            }
            case "CURDATE", "CURRENT_DATE" -> java.time.LocalDate.now(java.time.ZoneId.systemDefault());
            case "CURTIME", "CURRENT_TIME" -> java.time.Duration.ofSeconds(java.time.LocalTime.now(java.time.ZoneId.systemDefault()).toSecondOfDay());
            case "IFNULL", "NVL" -> {
                arity(call, 2);
                Object first = evaluator.evaluate(args.get(0), row, parameters);
                yield first != null ? first : evaluator.evaluate(args.get(1), row, parameters);
            }
            case "COALESCE" -> {
                for (Expression arg : args) {
                    Object value = evaluator.evaluate(arg, row, parameters);
                    if (value != null) {
                        yield value;
                    }
                }
                yield null;
            }
            case "CONCAT" -> {
                StringBuilder text = new StringBuilder();
                for (Expression arg : args) {
                    Object value = evaluator.evaluate(arg, row, parameters);
                    if (value == null) {
                        yield null;
                    }
                    text.append(Evaluator.text(value));
                }
                yield text.toString();
            }
            default -> throw new SeqDbException(ErrorCode.ER_SP_DOES_NOT_EXIST, "FUNCTION",
                    (state.currentDatabase == null ? "" : state.currentDatabase + ".")
                            + call.name().toLowerCase(java.util.Locale.ROOT));
        };
    }

    private static void arity(Expression.FunctionCall call, int expected) {
        if (call.arguments().size() != expected) {
            throw new SeqDbException(ErrorCode.ER_WRONG_PARAMCOUNT_TO_NATIVE_FCT, call.name());
        }
    }
}
