package org.seqdb.engine.session;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.seqdb.engine.sql.ast.Expression;

/**
 * RAND() and RAND(seed) with MariaDB's generator (my_rnd), so that a seeded sequence gives
 * MariaDB's numbers: a constant seed starts one generator per call in the statement, which then
 * gives the next number for each row; a seed read from the row starts again for each row.
 */
final class RandomNumbers {
    private static final long MAX = 0x3FFFFFFFL;

    private final Map<Expression.FunctionCall, long[]> generators = new IdentityHashMap<>();
    private long statement = -1;

    /** The next number of {@code call}'s generator, seeded by {@code seed} (null: unseeded). */
    double next(Expression.FunctionCall call, Object seed, boolean constantSeed, long statementSerial) {
        if (statement != statementSerial) {
            generators.clear();
            statement = statementSerial;
        }
        long[] state = constantSeed ? generators.get(call) : null;
        if (state == null) {
            state = seed == null && !call.arguments().isEmpty() ? seeded(0)
                    : seed == null ? seeded(ThreadLocalRandom.current().nextInt())
                    : seeded(Arithmetic.toLong(Arithmetic.numeric(seed)));
            if (constantSeed) {
                generators.put(call, state);
            }
        }
        state[0] = (state[0] * 3 + state[1]) % MAX;
        state[1] = (state[0] + state[1] + 33) % MAX;
        return (double) state[0] / (double) MAX;
    }

    /** my_rnd_init as Item_func_rand::seed_random calls it, in MariaDB's 32-bit arithmetic. */
    private static long[] seeded(long seed) {
        long tmp = seed & 0xFFFFFFFFL;
        long seed1 = (tmp * 0x10001L + 55555555L) & 0xFFFFFFFFL;
        long seed2 = (tmp * 0x10000001L) & 0xFFFFFFFFL;
        return new long[] {seed1 % MAX, seed2 % MAX};
    }
}
