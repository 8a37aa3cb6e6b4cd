package org.seqdb.engine.store;

import org.h2.engine.IsolationLevel;

/**
 * The isolation a row transaction runs at, as MariaDB names them, and the H2 TransactionStore
 * level each runs on. SERIALIZABLE reads as REPEATABLE READ does here (InnoDB's SERIALIZABLE
 * makes plain SELECTs locking reads; the session does that).
 */
public enum Isolation {
    READ_UNCOMMITTED("READ-UNCOMMITTED", IsolationLevel.READ_UNCOMMITTED),
    READ_COMMITTED("READ-COMMITTED", IsolationLevel.READ_COMMITTED),
    REPEATABLE_READ("REPEATABLE-READ", IsolationLevel.REPEATABLE_READ),
    SERIALIZABLE("SERIALIZABLE", IsolationLevel.REPEATABLE_READ);

    private final String variableValue;
    private final IsolationLevel h2;

    Isolation(String variableValue, IsolationLevel h2) {
        this.variableValue = variableValue;
        this.h2 = h2;
    }

    /** The value of tx_isolation: READ-COMMITTED, ... */
    public String variableValue() {
        return variableValue;
    }

    IsolationLevel h2() {
        return h2;
    }

    /** True where a transaction reads the rows as they were at its first read (a snapshot). */
    public boolean repeatable() {
        return this == REPEATABLE_READ || this == SERIALIZABLE;
    }

    /** The level a tx_isolation value names (READ-COMMITTED, case as written), or null. */
    public static Isolation ofVariable(String value) {
        for (Isolation isolation : values()) {
            if (isolation.variableValue.equalsIgnoreCase(value)) {
                return isolation;
            }
        }
        return null;
    }
}
