package org.seqdb.engine.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.ObjectName;
import org.seqdb.engine.sql.ast.Statement;

/**
 * The parts of CREATE TABLE and ALTER TABLE that describe columns and keys: a column
 * definition (name, type, attributes), a key or foreign key constraint, a column list.
 */
final class ColumnDefinitionParser {
    private final TokenCursor cursor;
    private final ExpressionParser expressions;

    ColumnDefinitionParser(TokenCursor cursor, ExpressionParser expressions) {
        this.cursor = cursor;
        this.expressions = expressions;
    }

    /** True if a table constraint (rather than a column) starts here. */
    boolean atConstraint() {
        return cursor.checkWord("PRIMARY") || cursor.checkWord("UNIQUE") || cursor.checkWord("KEY")
                || cursor.checkWord("INDEX") || cursor.checkWord("CONSTRAINT") || cursor.checkWord("FOREIGN")
                || cursor.checkWord("CHECK") || cursor.checkWord("FULLTEXT") || cursor.checkWord("SPATIAL");
    }

    /** A key constraint (added to keys), a foreign key (added to foreignKeys), or a CHECK (skipped). */
    void constraint(List<Statement.KeyDefinition> keys, List<Statement.ForeignKeyDefinition> foreignKeys) {
        String name = null;
        if (cursor.matchWord("CONSTRAINT")) {
            if (!cursor.checkWord("PRIMARY") && !cursor.checkWord("UNIQUE") && !cursor.checkWord("FOREIGN")
                    && !cursor.checkWord("CHECK")) {
                name = cursor.identifier();
            }
        }
        if (cursor.matchWords("PRIMARY", "KEY")) {
            indexType();
            keys.add(new Statement.KeyDefinition("PRIMARY", name, columnList()));
        } else if (cursor.matchWord("UNIQUE")) {
            if (!cursor.matchWord("KEY")) {
                cursor.matchWord("INDEX");
            }
            String keyName = optionalKeyName();
            keys.add(new Statement.KeyDefinition("UNIQUE", keyName != null ? keyName : name, columnList()));
        } else if (cursor.matchWord("FOREIGN")) {
            cursor.expectWord("KEY");
            String indexName = optionalKeyName();
            List<String> columns = columnList();
            foreignKeys.add(references(name != null ? name : indexName, columns));
        } else if (cursor.matchWord("CHECK")) {
            skipParenthesised();
        } else if (cursor.matchWord("FULLTEXT") || cursor.matchWord("SPATIAL")) {
            if (!cursor.matchWord("KEY")) {
                cursor.matchWord("INDEX");
            }
            keys.add(new Statement.KeyDefinition("INDEX", optionalKeyName(), columnList()));
        } else {
            if (!cursor.matchWord("KEY")) {
                cursor.expectWord("INDEX");
            }
            keys.add(new Statement.KeyDefinition("INDEX", optionalKeyName(), columnList()));
        }
        indexOptions();
    }

    /** REFERENCES table (columns) [MATCH x] [ON DELETE action] [ON UPDATE action]. */
    Statement.ForeignKeyDefinition references(String name, List<String> columns) {
        cursor.expectWord("REFERENCES");
        ObjectName table = expressions.objectName();
        List<String> referenced = columnList();
        String onDelete = null;
        String onUpdate = null;
        while (true) {
            if (cursor.matchWord("MATCH")) {
                cursor.advance();
            } else if (cursor.matchPhrase("ON", "DELETE")) {
                onDelete = referenceAction();
            } else if (cursor.matchPhrase("ON", "UPDATE")) {
                onUpdate = referenceAction();
            } else {
                break;
            }
        }
        return new Statement.ForeignKeyDefinition(name, columns, table, referenced, onDelete, onUpdate);
    }

    private String referenceAction() {
        if (cursor.matchWord("RESTRICT")) {
            return "RESTRICT";
        }
        if (cursor.matchWord("CASCADE")) {
            return "CASCADE";
        }
        if (cursor.matchPhrase("SET", "NULL")) {
            return "SET NULL";
        }
        if (cursor.matchPhrase("SET", "DEFAULT")) {
            return "SET DEFAULT";
        }
        cursor.expectWord("NO");
        cursor.expectWord("ACTION");
        return "NO ACTION";
    }

    private String optionalKeyName() {
        if (cursor.checkIdentifier() && !cursor.checkWord("USING")) {
            String name = cursor.identifier();
            indexType();
            return name;
        }
        indexType();
        return null;
    }

    private void indexType() {
        if (cursor.matchWord("USING")) {
            cursor.advance();
        }
    }

    /** Index options after the column list: USING x, COMMENT 'x', KEY_BLOCK_SIZE n, VISIBLE... */
    private void indexOptions() {
        while (true) {
            if (cursor.matchWord("USING")) {
                cursor.advance();
            } else if (cursor.matchWord("COMMENT")) {
                cursor.advance();
            } else if (cursor.matchWord("KEY_BLOCK_SIZE")) {
                cursor.matchSymbol("=");
                cursor.advance();
            } else if (!cursor.matchWord("VISIBLE") && !cursor.matchWord("INVISIBLE")) {
                return;
            }
        }
    }

    /** ( column [(length)] [ASC|DESC], ... ). */
    List<String> columnList() {
        cursor.expectSymbol("(");
        List<String> columns = new ArrayList<>();
        do {
            columns.add(cursor.identifier());
            if (cursor.matchSymbol("(")) {
                cursor.advance();
                cursor.expectSymbol(")");
            }
            if (!cursor.matchWord("ASC")) {
                cursor.matchWord("DESC");
            }
        } while (cursor.matchSymbol(","));
        cursor.expectSymbol(")");
        return List.copyOf(columns);
    }

    /** name type [attributes]; REFERENCES in a column definition is read and ignored, as InnoDB does. */
    Statement.ColumnDefinition column() {
        String name = cursor.identifier();
        String type = type();
        boolean unsigned = false;
        boolean notNull = false;
        boolean nullWritten = false;
        boolean primaryKey = false;
        boolean unique = false;
        boolean key = false;
        boolean autoIncrement = false;
        String comment = null;
        Expression defaultValue = null;
        Expression onUpdate = null;
        while (true) {
            if (cursor.matchWord("UNSIGNED")) {
                unsigned = true;
            } else if (cursor.matchWord("SIGNED") || cursor.matchWord("ZEROFILL") || cursor.matchWord("BINARY")) {
                continue;
            } else if (cursor.matchWords("CHARACTER", "SET") || cursor.matchWord("CHARSET")
                    || cursor.matchWord("COLLATE")) {
                cursor.advance();
            } else if (cursor.matchWords("NOT", "NULL")) {
                notNull = true;
            } else if (cursor.matchWord("NULL")) {
                notNull = false;
                nullWritten = true;
            } else if (cursor.matchWord("DEFAULT")) {
                defaultValue = defaultValue();
            } else if (cursor.matchPhrase("ON", "UPDATE")) {
                onUpdate = defaultValue();
            } else if (cursor.matchWord("COMMENT")) {
                Token text = cursor.advance();
                if (text.kind() != TokenKind.STRING) {
                    throw cursor.errorAt(text);
                }
                comment = text.text();
            } else if (cursor.matchWords("PRIMARY", "KEY")) {
                primaryKey = true;
                key = true;
            } else if (cursor.matchWord("UNIQUE")) {
                cursor.matchWord("KEY");
                unique = true;
                key = true;
            } else if (cursor.matchWord("KEY")) {
                primaryKey = true;
                key = true;
            } else if (cursor.matchWord("AUTO_INCREMENT")) {
                autoIncrement = true;
            } else if (cursor.checkWord("REFERENCES")) {
                references(null, List.of(name));
            } else if (cursor.matchWord("CHECK")) {
                skipParenthesised();
            } else if (cursor.matchWord("INVISIBLE")) {
                continue;
            } else {
                break;
            }
        }
        return new Statement.ColumnDefinition(name, type, unsigned, notNull, defaultValue, key, nullWritten,
                autoIncrement, primaryKey, unique, comment, onUpdate);
    }

    /**
     * The type as written, lower case with its numbers: {@code varchar(10)}, {@code decimal(10,2)};
     * two-word spellings become one (DOUBLE PRECISION, CHARACTER VARYING, NATIONAL CHAR).
     */
    private String type() {
        Token typeToken = cursor.advance();
        if (typeToken.kind() != TokenKind.WORD) {
            throw cursor.errorAt(typeToken);
        }
        String word = typeToken.text().toLowerCase(Locale.ROOT);
        if (word.equals("national") || word.equals("nchar") && cursor.checkWord("VARCHAR")) {
            Token next = cursor.advance();
            word = next.text().toLowerCase(Locale.ROOT);
        }
        if (word.equals("double")) {
            cursor.matchWord("PRECISION");
        } else if ((word.equals("character") || word.equals("char")) && cursor.matchWord("VARYING")) {
            word = "varchar";
        } else if (word.equals("long") && (cursor.matchWord("VARCHAR") || cursor.checkWord("VARBINARY"))) {
            word = cursor.matchWord("VARBINARY") ? "mediumblob" : "mediumtext";
        }
        if (word.equals("enum") || word.equals("set")) {
            return enumeration(word);
        }
        if (!knownType(word)) {
            throw cursor.errorAt(typeToken);
        }
        StringBuilder type = new StringBuilder(word);
        if (cursor.matchSymbol("(")) {
            type.append('(').append(number());
            if (cursor.matchSymbol(",")) {
                type.append(',').append(number());
            }
            cursor.expectSymbol(")");
            type.append(')');
        } else if (word.equals("varchar") || word.equals("varbinary")) {
            throw cursor.error();
        }
        return type.toString();
    }

    /** ENUM('a', 'b', ...) / SET(...): the values keep their case; written as MariaDB prints them. */
    private String enumeration(String word) {
        cursor.expectSymbol("(");
        List<String> values = new ArrayList<>();
        do {
            Token value = cursor.advance();
            if (value.kind() != TokenKind.STRING) {
                throw cursor.errorAt(value);
            }
            values.add("'" + value.text().replace("'", "''") + "'");
        } while (cursor.matchSymbol(","));
        cursor.expectSymbol(")");
        return word + "(" + String.join(",", values) + ")";
    }

    private String number() {
        Token token = cursor.advance();
        if (token.kind() != TokenKind.INTEGER) {
            throw cursor.errorAt(token);
        }
        return token.text();
    }

    private static boolean knownType(String word) {
        return switch (word) {
            case "tinyint", "smallint", "mediumint", "int", "integer", "bigint", "bool", "boolean", "bit",
                 "decimal", "dec", "numeric", "fixed", "float", "double", "real", "char", "character", "nchar",
                 "varchar", "nvarchar", "tinytext", "text", "mediumtext", "longtext", "binary", "varbinary",
                 "tinyblob", "blob", "mediumblob", "longblob", "date", "time", "datetime", "timestamp",
                 "json", "int1", "int2", "int3", "int4", "int8", "serial" -> true;
            default -> false;
        };
    }

    /**
     * DEFAULT's value: (expression), NEXT VALUE FOR s / NEXTVAL(s), CURRENT_TIMESTAMP[(n)], NOW(),
     * a literal with an optional sign, or NULL.
     */
    private Expression defaultValue() {
        if (cursor.checkWord("CURRENT_TIMESTAMP") || cursor.checkWord("LOCALTIMESTAMP")
                || cursor.checkWord("LOCALTIME") || cursor.checkWord("NOW")) {
            cursor.advance();
            List<Expression> arguments = new ArrayList<>();
            if (cursor.matchSymbol("(")) {
                if (!cursor.checkSymbol(")")) {
                    arguments.add(expressions.expression());
                }
                cursor.expectSymbol(")");
            }
            return new Expression.FunctionCall("CURRENT_TIMESTAMP", List.copyOf(arguments));
        }
        if (cursor.matchSymbol("(")) {
            Expression inner = expressions.expression();
            cursor.expectSymbol(")");
            return inner;
        }
        return expressions.expression();
    }

    private void skipParenthesised() {
        cursor.expectSymbol("(");
        int depth = 1;
        while (depth > 0 && !cursor.atEnd()) {
            Token token = cursor.advance();
            if (token.isSymbol("(")) {
                depth++;
            } else if (token.isSymbol(")")) {
                depth--;
            }
        }
    }
}
