package org.seqdb.engine.meta;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What INFORMATION_SCHEMA.COLUMNS and getColumns say about one column. */
public record ColumnFacts(String name, String dataType, String columnType, boolean nullable, Long characterLength,
                          Long numericPrecision, String comment) {
    private static final Pattern LENGTH = Pattern.compile("\\((\\d+)");

    /** Facts from a declared type such as {@code int(11)}, {@code varchar(10)} or {@code bigint(20) unsigned}. */
    public static ColumnFacts fromDeclared(String name, String columnType, boolean nullable) {
        String type = columnType.toLowerCase(Locale.ROOT);
        String dataType = type.replaceAll("\\(.*", "").replace(" unsigned", "").trim();
        Matcher length = LENGTH.matcher(type);
        Long declaredLength = length.find() ? Long.parseLong(length.group(1)) : null;
        boolean text = dataType.contains("char") || dataType.contains("text");
        Long precision = switch (dataType) {
            case "tinyint" -> 3L;
            case "smallint" -> 5L;
            case "mediumint" -> 7L;
            case "int" -> 10L;
            case "bigint" -> type.contains("unsigned") ? 20L : 19L;
            case "decimal" -> declaredLength;
            default -> null;
        };
        return new ColumnFacts(name, dataType, columnType, nullable, text ? declaredLength : null, precision, "");
    }
}
