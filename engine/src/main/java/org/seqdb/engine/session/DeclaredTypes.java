package org.seqdb.engine.session;

import java.util.Locale;

/** Column types as SHOW CREATE TABLE prints them: int(11), bigint(20), varchar(10), ... */
final class DeclaredTypes {
    private DeclaredTypes() {
    }

    static String canonical(String declared) {
        String type = declared.toLowerCase(Locale.ROOT);
        boolean unsigned = type.endsWith(" unsigned");
        String base = unsigned ? type.substring(0, type.length() - " unsigned".length()) : type;
        String withWidth = switch (base) {
            case "int", "integer" -> unsigned ? "int(10)" : "int(11)";
            case "bigint" -> unsigned ? "bigint(20)" : "bigint(20)";
            case "smallint" -> unsigned ? "smallint(5)" : "smallint(6)";
            case "tinyint" -> unsigned ? "tinyint(3)" : "tinyint(4)";
            case "mediumint" -> unsigned ? "mediumint(8)" : "mediumint(9)";
            case "bool", "boolean" -> "tinyint(1)";
            default -> base;
        };
        return unsigned ? withWidth + " unsigned" : withWidth;
    }
}
