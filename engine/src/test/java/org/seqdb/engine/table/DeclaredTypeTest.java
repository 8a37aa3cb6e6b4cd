package org.seqdb.engine.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Types as written in CREATE TABLE, as MariaDB 10.11 stores and prints them (SHOW CREATE TABLE). */
class DeclaredTypeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int|false|int(11)", "integer|false|int(11)", "int|true|int(10) unsigned", "bigint|false|bigint(20)",
        "bigint|true|bigint(20) unsigned", "tinyint|false|tinyint(4)", "tinyint|true|tinyint(3) unsigned",
        "smallint|false|smallint(6)", "smallint|true|smallint(5) unsigned", "mediumint|false|mediumint(9)",
        "boolean|false|tinyint(1)", "bool|false|tinyint(1)", "bit|false|bit(1)", "bit(8)|false|bit(8)",
        "decimal|false|decimal(10,0)", "decimal(10,2)|false|decimal(10,2)", "numeric(5)|false|decimal(5,0)",
        "float|false|float", "float(53)|false|double", "float(24)|false|float", "double|false|double",
        "real|false|double", "char|false|char(1)", "varchar(20)|false|varchar(20)", "text|false|text",
        "longtext|false|longtext", "datetime|false|datetime", "datetime(6)|false|datetime(6)",
        "datetime(0)|false|datetime", "time(3)|false|time(3)", "timestamp|false|timestamp", "blob|false|blob",
        "varbinary(16)|false|varbinary(16)", "binary|false|binary(1)", "int(5)|false|int(5)",
    })
    void canonical(String written, boolean unsigned, String stored) {
        assertEquals(stored, DeclaredType.canonical(written, unsigned));
        assertEquals(stored, ColumnType.parse(stored).columnType());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "varchar(255)|255|1020", "char(3)|3|12", "text|65535|65535", "longtext|4294967295|4294967295",
        "varbinary(16)|16|16", "blob|65535|65535",
    })
    void characterLengths(String type, long characters, long octets) {
        ColumnType parsed = ColumnType.parse(type);
        assertEquals(characters, parsed.characterLength());
        assertEquals(octets, parsed.octetLength());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "enum('BRONZE','GOLD','SILVER')|6", "enum('a','b''c')|3",
    })
    void enumsKeepTheirValues(String type, long longest) {
        ColumnType parsed = ColumnType.parse(type);
        assertEquals(type, parsed.columnType());
        assertEquals(longest, parsed.characterLength());
        assertEquals(parsed.values().get(0), parsed.enumValue(1L));
        assertEquals(parsed.values().get(1), parsed.enumValue(parsed.values().get(1).toLowerCase(java.util.Locale.ROOT)));
    }
}
