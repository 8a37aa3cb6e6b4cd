package org.seqdb.scripts;

import java.util.List;

/**
 * A script: what it says to do, step by step. A step is a statement, or a directive that
 * opens, switches or closes a named connection ({@code --connect two}, {@code --connection
 * default}, {@code --disconnect two}), or {@code --types} / {@code --types off}: from there on each
 * result also shows its columns' types (ResultSetMetaData.getColumnTypeName, as Connector/J
 * reports them from MariaDB) on a {@code # types:} line under the labels.
 *
 * @param skipOracle why the script is not run on MariaDB 10.11 (it pins 11.5+ documented behaviour), or null
 */
record Script(String name, List<Step> steps, String skipOracle) {
    sealed interface Step {
    }

    record Sql(String text) implements Step {
    }

    record Connect(String connection) implements Step {
    }

    record SwitchTo(String connection) implements Step {
    }

    record Disconnect(String connection) implements Step {
    }

    record ShowTypes(boolean on) implements Step {
    }
}
