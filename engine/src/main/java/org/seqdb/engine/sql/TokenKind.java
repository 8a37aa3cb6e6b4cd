package org.seqdb.engine.sql;

/** The kinds of token the lexer produces. Keywords are WORDs, matched case-insensitively. */
public enum TokenKind {
    /** An unquoted identifier or keyword. */
    WORD,
    /** A back-quoted identifier, quotes removed. */
    QUOTED_IDENTIFIER,
    /** A '...' or "..." string, quotes and escapes resolved. */
    STRING,
    /** Digits only. */
    INTEGER,
    /** A number with a point or exponent. */
    DECIMAL,
    /** {@code 0x41} (text: the digits). */
    HEX_NUMBER,
    /** {@code X'41'} (text: the digits). */
    HEX_STRING,
    /** A {@code ?} parameter marker. */
    PARAMETER,
    /** {@code @name}: a user variable. */
    USER_VARIABLE,
    /** {@code @@name} or {@code @@session.name}: a system variable. */
    SYSTEM_VARIABLE,
    /** Punctuation and operators: ( ) , . ; = < > <= >= <> != + - * / % := || &&. */
    SYMBOL,
    /** The end of the statement text. */
    END
}
