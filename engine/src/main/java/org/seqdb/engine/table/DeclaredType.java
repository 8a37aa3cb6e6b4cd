package org.seqdb.engine.table;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column type as written in CREATE TABLE turned into the text MariaDB stores and prints:
 * INT becomes int(11), BOOLEAN tinyint(1), DECIMAL decimal(10,0), NUMERIC decimal, REAL double,
 * CHAR char(1), BIT bit(1), DATETIME(0) datetime, ...
 */
public final class DeclaredType {
    private static final Pattern WRITTEN = Pattern.compile("([a-z0-9]+)(?:\\((\\d+)(?:,(\\d+))?\\))?");

    private DeclaredType() {
    }

    /** @param written the type as the parser read it: lower case, with its numbers ({@code varchar(10)}) */
    public static String canonical(String written, boolean unsigned) {
        Matcher m = WRITTEN.matcher(written.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return written;
        }
        String base = m.group(1);
        String first = m.group(2);
        String second = m.group(3);
        String type = switch (base) {
            case "int1" -> integer("tinyint", first, unsigned, 4, 3);
            case "tinyint" -> integer("tinyint", first, unsigned, 4, 3);
            case "int2", "smallint" -> integer("smallint", first, unsigned, 6, 5);
            case "int3", "mediumint" -> integer("mediumint", first, unsigned, 9, 8);
            case "int", "int4", "integer" -> integer("int", first, unsigned, 11, 10);
            case "int8", "bigint" -> integer("bigint", first, unsigned, 20, 20);
            case "serial" -> "bigint(20) unsigned";
            case "bool", "boolean" -> "tinyint(1)";
            case "bit" -> "bit(" + (first == null ? "1" : first) + ")";
            case "decimal", "dec", "numeric", "fixed" -> "decimal(" + (first == null ? "10" : first) + ","
                    + (second == null ? "0" : second) + ")" + (unsigned ? " unsigned" : "");
            case "float" -> second != null ? "float(" + first + "," + second + ")"
                    : first != null && Integer.parseInt(first) > 24 ? "double" : "float";
            case "double", "real" -> second != null ? "double(" + first + "," + second + ")" : "double";
            case "char", "character", "nchar" -> "char(" + (first == null ? "1" : first) + ")";
            case "varchar", "nvarchar" -> "varchar(" + first + ")";
            case "binary" -> "binary(" + (first == null ? "1" : first) + ")";
            case "varbinary" -> "varbinary(" + first + ")";
            case "json" -> "longtext";
            case "time", "datetime", "timestamp" -> first == null || first.equals("0") ? base : base + "(" + first + ")";
            default -> base;
        };
        if ((base.equals("float") || base.equals("double") || base.equals("real")) && unsigned) {
            type += " unsigned";
        }
        return type;
    }

    private static String integer(String base, String width, boolean unsigned, int signedWidth, int unsignedWidth) {
        String shown = width != null ? width : String.valueOf(unsigned ? unsignedWidth : signedWidth);
        return base + "(" + shown + ")" + (unsigned ? " unsigned" : "");
    }
}
