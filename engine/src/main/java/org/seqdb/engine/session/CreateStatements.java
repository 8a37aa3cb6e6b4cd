package org.seqdb.engine.session;

import java.util.ArrayList;
import java.util.List;
import org.seqdb.engine.catalog.SequenceHandle;
import org.seqdb.engine.catalog.TableHandle;
import org.seqdb.engine.sequence.SequenceDefinition;
import org.seqdb.engine.sql.StorageEngines;
import org.seqdb.engine.store.StoredTable;

/** SHOW CREATE SEQUENCE and SHOW CREATE TABLE text, character for character as MariaDB prints it. */
final class CreateStatements {
    private CreateStatements() {
    }

    static String sequence(SequenceHandle handle) {
        SequenceDefinition d = handle.definition();
        StringBuilder text = new StringBuilder("CREATE SEQUENCE ").append(quote(handle.name()))
                .append(" start with ").append(d.start())
                .append(" minvalue ").append(d.minValue())
                .append(" maxvalue ").append(d.maxValue())
                .append(" increment by ").append(d.increment())
                .append(d.cache() == 0 ? " nocache" : " cache " + d.cache())
                .append(d.cycle() ? " cycle" : " nocycle");
        return appendTableOptions(text, d, false).toString();
    }

    static String sequenceTable(SequenceHandle handle) {
        StringBuilder text = new StringBuilder("CREATE TABLE ").append(quote(handle.name())).append(" (\n")
                .append("  `next_not_cached_value` bigint(21) NOT NULL,\n")
                .append("  `minimum_value` bigint(21) NOT NULL,\n")
                .append("  `maximum_value` bigint(21) NOT NULL,\n")
                .append("  `start_value` bigint(21) NOT NULL COMMENT 'start value when sequences is created or value"
                        + " if RESTART is used',\n")
                .append("  `increment` bigint(21) NOT NULL COMMENT 'increment value',\n")
                .append("  `cache_size` bigint(21) unsigned NOT NULL,\n")
                .append("  `cycle_option` tinyint(1) unsigned NOT NULL COMMENT '0 if no cycles are allowed, 1 if the"
                        + " sequence should begin a new cycle when maximum_value is passed',\n")
                .append("  `cycle_count` bigint(21) NOT NULL COMMENT 'How many cycles have been done'\n")
                .append(")");
        return appendTableOptions(text, handle.definition(), true).toString();
    }

    private static StringBuilder appendTableOptions(StringBuilder text, SequenceDefinition d, boolean sequenceMark) {
        text.append(" ENGINE=").append(d.engine() == null ? "InnoDB" : canonicalEngine(d.engine()));
        if (sequenceMark) {
            text.append(" SEQUENCE=1");
        }
        if (d.comment() != null && !d.comment().isEmpty()) {
            text.append(" COMMENT='").append(d.comment().replace("'", "''")).append('\'');
        }
        return text;
    }

    /** @param nextAutoIncrement the AUTO_INCREMENT=n to print when above 1 (tables with an AUTO_INCREMENT column) */
    static String table(TableHandle table, long nextAutoIncrement) {
        StoredTable definition = table.definition();
        List<String> lines = new ArrayList<>();
        for (StoredTable.StoredColumn column : definition.columns()) {
            lines.add("  " + column(column));
        }
        for (StoredTable.StoredKey key : definition.keys()) {
            String kind = key.primary() ? "PRIMARY KEY" : key.unique() ? "UNIQUE KEY " + quote(key.name())
                    : "KEY " + quote(key.name());
            lines.add("  " + kind + " (" + quoteAll(key.columns()) + ")");
        }
        for (StoredTable.StoredForeignKey f : definition.foreignKeys()) {
            String target = f.referencedDatabase().equals(definition.database()) ? quote(f.referencedTable())
                    : quote(f.referencedDatabase()) + "." + quote(f.referencedTable());
            lines.add("  CONSTRAINT " + quote(f.name()) + " FOREIGN KEY (" + quoteAll(f.columns()) + ") REFERENCES "
                    + target + " (" + quoteAll(f.referencedColumns()) + ")"
                    + (f.onDelete() == null ? "" : " ON DELETE " + f.onDelete())
                    + (f.onUpdate() == null ? "" : " ON UPDATE " + f.onUpdate()));
        }
        StringBuilder text = new StringBuilder("CREATE TABLE ").append(quote(table.name())).append(" (\n")
                .append(String.join(",\n", lines)).append("\n");
        text.append(") ENGINE=").append(definition.engine() == null ? "InnoDB" : canonicalEngine(definition.engine()));
        if (table.shape().autoIncrementColumn() >= 0 && nextAutoIncrement > 1) {
            text.append(" AUTO_INCREMENT=").append(nextAutoIncrement);
        }
        text.append(" DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci");
        if (definition.comment() != null && !definition.comment().isEmpty()) {
            text.append(" COMMENT='").append(definition.comment().replace("'", "''")).append('\'');
        }
        return text.toString();
    }

    /** One column line: `name` type [NULL|NOT NULL] [DEFAULT x] [ON UPDATE x] [AUTO_INCREMENT] [COMMENT 'x']. */
    private static String column(StoredTable.StoredColumn column) {
        StringBuilder line = new StringBuilder(quote(column.name())).append(' ').append(column.type());
        boolean timestamp = column.type().startsWith("timestamp");
        if (!column.nullable()) {
            line.append(" NOT NULL");
        } else if (timestamp) {
            line.append(" NULL");
        }
        if (column.defaultSql() != null) {
            line.append(" DEFAULT ").append(column.defaultSql());
        } else if (column.nullable()) {
            line.append(" DEFAULT NULL");
        }
        if (column.onUpdateSql() != null) {
            line.append(" ON UPDATE ").append(column.onUpdateSql());
        }
        if (column.autoIncrement()) {
            line.append(" AUTO_INCREMENT");
        }
        if (column.comment() != null) {
            line.append(" COMMENT '").append(column.comment().replace("'", "''")).append('\'');
        }
        return line.toString();
    }

    private static String quoteAll(List<String> names) {
        List<String> quoted = new ArrayList<>();
        for (String name : names) {
            quoted.add(quote(name));
        }
        return String.join(",", quoted);
    }

    /** Engines as MariaDB spells them whatever case (or alias) they were given in. */
    private static String canonicalEngine(String engine) {
        String canonical = StorageEngines.canonicalName(engine);
        return canonical != null ? canonical : engine;
    }

    static String quote(String identifier) {
        return "`" + identifier.replace("`", "``") + "`";
    }
}
