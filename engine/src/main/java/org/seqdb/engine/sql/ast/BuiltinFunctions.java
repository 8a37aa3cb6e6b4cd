package org.seqdb.engine.sql.ast;

/**
 * The built-in functions seqdb has and how many arguments each takes. MariaDB checks the count
 * when it reads the call ({@code abs()} is 1582 before anything after it is read); the functions
 * its grammar spells out are checked by the grammar itself (a syntax error), see the parser.
 */
public final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    /** {min, max} arguments of the function, or null if there is no built-in function of that name. */
    public static int[] arity(String upperName) {
        return switch (upperName) {
            // the session's own
            case "DATABASE", "SCHEMA", "VERSION", "CONNECTION_ID", "USER", "CURRENT_USER", "SESSION_USER",
                 "SYSTEM_USER" -> new int[] {0, 0};
            case "LAST_INSERT_ID" -> new int[] {0, 1};
            // choosing a value
            case "COALESCE" -> new int[] {1, Integer.MAX_VALUE};
            case "LEAST", "GREATEST" -> new int[] {2, Integer.MAX_VALUE};
            case "IFNULL", "NVL", "NULLIF" -> new int[] {2, 2};
            case "IF" -> new int[] {3, 3};
            // text
            case "UPPER", "UCASE", "LOWER", "LCASE", "CHARACTER_LENGTH", "CHAR_LENGTH", "LENGTH", "OCTET_LENGTH",
                 "BIT_LENGTH", "LTRIM", "RTRIM", "REVERSE", "SPACE", "ASCII" -> new int[] {1, 1};
            case "CONCAT" -> new int[] {1, Integer.MAX_VALUE};
            case "HEX", "UNHEX", "BIN", "OCT", "MD5", "SHA1", "SHA" -> new int[] {1, 1};
            case "CHAR" -> new int[] {1, Integer.MAX_VALUE};
            case "SHA2", "FIND_IN_SET" -> new int[] {2, 2};
            case "FIELD", "ELT" -> new int[] {2, Integer.MAX_VALUE};
            case "UUID" -> new int[] {0, 0};
            case "RAND", "UNIX_TIMESTAMP" -> new int[] {0, 1};
            case "FORMAT" -> new int[] {2, 3};
            case "CONV" -> new int[] {3, 3};
            case "ORD" -> new int[] {1, 1};
            case "FROM_UNIXTIME" -> new int[] {1, 2};
            case "CONCAT_WS" -> new int[] {2, Integer.MAX_VALUE};
            case "REPLACE", "TRIM" -> new int[] {3, 3};
            case "SUBSTRING", "SUBSTR", "MID" -> new int[] {2, 3};
            case "LEFT", "RIGHT", "REPEAT", "INSTR", "STRCMP", "POSITION" -> new int[] {2, 2};
            case "LOCATE", "LPAD", "RPAD" -> new int[] {2, 3};
            // numbers
            case "ABS", "SIGN", "FLOOR", "CEILING", "CEIL", "SQRT", "EXP", "LN", "LOG2", "LOG10", "SIN", "COS",
                 "TAN", "ASIN", "ACOS", "COT", "DEGREES", "RADIANS" -> new int[] {1, 1};
            case "MOD", "TRUNCATE", "POWER", "POW", "ATAN2" -> new int[] {2, 2};
            case "ROUND", "LOG", "ATAN" -> new int[] {1, 2};
            case "PI" -> new int[] {0, 0};
            // dates and times
            case "CURDATE", "CURRENT_DATE", "UTC_DATE" -> new int[] {0, 0};
            case "CURTIME", "CURRENT_TIME", "NOW", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP", "SYSDATE",
                 "UTC_TIME", "UTC_TIMESTAMP" -> new int[] {0, 1};
            case "YEAR", "MONTH", "DAY", "DAYOFMONTH", "DAYOFWEEK", "WEEKDAY", "DAYOFYEAR", "WEEKOFYEAR", "QUARTER",
                 "DAYNAME", "MONTHNAME", "LAST_DAY", "DATE", "TO_DAYS", "HOUR", "MINUTE", "SECOND", "MICROSECOND",
                 "TIME" -> new int[] {1, 1};
            case "WEEK" -> new int[] {1, 2};
            case "EXTRACT", "DATEDIFF", "DATE_FORMAT" -> new int[] {2, 2};
            case "TIMESTAMPADD", "TIMESTAMPDIFF" -> new int[] {3, 3};
            default -> null;
        };
    }
}
