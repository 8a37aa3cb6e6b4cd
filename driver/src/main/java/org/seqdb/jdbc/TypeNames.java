package org.seqdb.jdbc;

import java.sql.Types;
import java.util.List;

/** The column types getTypeInfo lists (getColumns describes columns through {@link ColumnTypes}). */
final class TypeNames {
    record TypeInfo(String name, int jdbcType, int precision, String literalQuote, String createParams,
                    boolean unsigned, int maxScale) {
    }

    /** The types a seqdb column can have, ordered by JDBC type as getTypeInfo requires. */
    static final List<TypeInfo> TYPE_INFO = List.of(
            new TypeInfo("TINYINT", Types.TINYINT, 3, null, "[(M)] [UNSIGNED]", false, 0),
            new TypeInfo("BIGINT", Types.BIGINT, 19, null, "[(M)] [UNSIGNED]", false, 0),
            new TypeInfo("BIGINT UNSIGNED", Types.BIGINT, 20, null, "[(M)]", true, 0),
            new TypeInfo("DECIMAL", Types.DECIMAL, 65, null, "[(M[,D])] [UNSIGNED]", false, 30),
            new TypeInfo("INT", Types.INTEGER, 10, null, "[(M)] [UNSIGNED]", false, 0),
            new TypeInfo("SMALLINT", Types.SMALLINT, 5, null, "[(M)] [UNSIGNED]", false, 0),
            new TypeInfo("DOUBLE", Types.DOUBLE, 22, null, "[(M,D)]", false, 30),
            new TypeInfo("VARCHAR", Types.VARCHAR, 65535, "'", "(M)", false, 0));

    private TypeNames() {
    }
}
