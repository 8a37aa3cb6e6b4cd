package org.seqdb.engine.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.seqdb.engine.error.SeqDbException;
import org.seqdb.engine.sql.ast.Expression;
import org.seqdb.engine.sql.ast.SequenceOptions;
import org.seqdb.engine.sql.ast.Statement;

/** The grammar's edges; every expected error text here was checked against MariaDB 10.11. */
class ParserTest {

    private static SequenceOptions createOptions(String sql) {
        return ((Statement.CreateSequence) Parser.parse(sql).statement()).options();
    }

    @Test
    void optionsInAnyOrderAndEverySpelling() {
        SequenceOptions o = createOptions("CREATE SEQUENCE s cycle cache = 5 start 7 maxvalue=100 minvalue 2 "
                + "increment by 3 engine=InnoDB comment='x'");
        assertEquals(3L, o.increment());
        assertEquals(2L, o.minValue());
        assertEquals(100L, o.maxValue());
        assertEquals(7L, o.start());
        assertEquals(5L, o.cache());
        assertEquals(true, o.cycle());
        assertEquals("InnoDB", o.engine());
        assertEquals("x", o.comment());
        assertEquals(-4L, createOptions("create sequence s increment = -4").increment());
        assertEquals(4L, createOptions("create sequence s increment +4").increment());
        assertEquals(0L, createOptions("create sequence s nocache").cache());
    }

    @Test
    void noMinValueAndNoMaxValueAreMariaDbsFixedDefaults() {
        SequenceOptions o = createOptions("create sequence s no minvalue nomaxvalue");
        assertEquals(1L, o.minValue());
        assertEquals(Long.MAX_VALUE - 1, o.maxValue());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "create sequence s increment by 1 increment by 2|Option 'INCREMENT' used twice in statement",
        "create sequence s nominvalue no minvalue|Option 'MINVALUE' used twice in statement",
        "create sequence s cycle nocycle|Option 'CYCLE' used twice in statement",
        "create sequence s cache 1 nocache|Option 'CACHE' used twice in statement",
        "alter sequence s restart restart|Option 'RESTART' used twice in statement",
    })
    void optionTwiceIs1225(String sql, String message) {
        SeqDbException e = assertThrows(SeqDbException.class, () -> Parser.parse(sql));
        assertEquals(1225, e.vendorCode());
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "create sequence s start with|''|1",
        "create sequence s2 maxvalue 9223372036854775808|'9223372036854775808'|1",
        "create sequence s2 minvalue -9223372036854775808|'9223372036854775808'|1",
        "create sequence a1 engine=innodb start with 5|'start with 5'|1",
        "create sequence a4 restart|'RESTART'|1",
        "create sequence a5 restart with 5|'RESTART'|1",
        "alter sequence a3|''|1",
        "alter sequence a3 comment='y'|'comment='y''|1",
    })
    void syntaxErrorsQuoteTheRestLikeMariaDb(String sql, String near, int line) {
        SeqDbException e = assertThrows(SeqDbException.class, () -> Parser.parse(sql));
        assertEquals(1064, e.vendorCode());
        assertEquals("42000", e.sqlState());
        assertEquals("You have an error in your SQL syntax; check the manual that corresponds to your MariaDB "
                + "server version for the right syntax to use near " + near + " at line " + line, e.getMessage());
    }

    @Test
    void aStrayWordAfterTheOptionsIsAnEngineOptionNameSoTheErrorIsAtTheTokenAfterIt() {
        SeqDbException e = assertThrows(SeqDbException.class,
                () -> Parser.parse("create sequence s\n  start with 1\n  bogus 2"));
        assertEquals("You have an error in your SQL syntax; check the manual that corresponds to your MariaDB "
                + "server version for the right syntax to use near '2' at line 3", e.getMessage());
    }

    @ParameterizedTest(name = "{0} ignoreSpace={1}")
    @CsvSource(delimiter = '|', value = {
        // a keyword or name: with IGNORE_SPACE the lexer has read the line breaks after it
        "select 1\\n  from s\\n  where where\\n  x = 1|false|3",
        "select 1\\n  from s\\n  where where\\n  x = 1|true|4",
        // a number: the line it ends on, in both modes
        "select 1,\\n2,\\n3 4\\n|true|3",
        // line breaks inside a string literal or a back-quoted name do not count
        "select 'a\\nb' 1|false|1",
        "select `a\\nb` 1|true|1",
        // those of a block comment do
        "select /* a\\nb */ 1 2|false|2",
    })
    void syntaxErrorsNameTheLineMariaDbsLexerIsOn(String sql, boolean ignoreSpace, int line) {
        String text = sql.replace("\\n", "\n");
        SeqDbException e = assertThrows(SeqDbException.class, () -> Parser.parse(text, ignoreSpace));
        assertTrue(e.getMessage().endsWith(" at line " + line), e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // once IF (reserved) is read, NOT EXISTS must follow
        "create sequence if exists s|'exists s'",
        "drop sequence if not exists s|'not exists s'",
        "create sequence s no cache|'cache'",
        // NEXT is no reserved word: NEXT VALUE commits, FOR must follow
        "select next value s|'s'",
    })
    void theErrorIsAtTheFirstTokenThatCannotContinueTheStatement(String sql, String near) {
        SeqDbException e = assertThrows(SeqDbException.class, () -> Parser.parse(sql));
        assertTrue(e.getMessage().endsWith("near " + near + " at line 1"), e.getMessage());
    }

    @Test
    void theQuotedRestIsCutAt77CharactersAndThreeDots() {
        String tail = "2 " + "x".repeat(79);
        SeqDbException e = assertThrows(SeqDbException.class, () -> Parser.parse("select 1 " + tail));
        assertTrue(e.getMessage().endsWith("near '" + tail.substring(0, 77) + "...' at line 1"), e.getMessage());
        String exact = "2 " + "x".repeat(78);
        e = assertThrows(SeqDbException.class, () -> Parser.parse("select 1 " + exact));
        assertTrue(e.getMessage().endsWith("near '" + exact + "' at line 1"), e.getMessage());
    }

    @Test
    void literalsKeepTheirOwnLabelsThroughParenthesesAndUnaryPlus() {
        Statement.Select select = (Statement.Select) Parser.parse(
                "select +5, (00012), 'x' 'y', 1e3, -1, true, (null), 0x41").statement();
        assertEquals(List.of("5", "00012", "xy", "1e3", "-1", "TRUE", "NULL", "0x41"),
                select.items().stream().map(Statement.SelectItem::label).toList());
    }

    @Test
    void selectLabelsAreTheTextAsWritten() {
        Statement.Select select = (Statement.Select) Parser.parse(
                "select nextval(s)   , NEXTVAL( s ) as x, 'abc', 1 + 1, next value for s y, `b`").statement();
        assertEquals(List.of("nextval(s)", "x", "abc", "1 + 1", "y", "b"),
                select.items().stream().map(Statement.SelectItem::label).toList());
    }

    @Test
    void sequenceFunctionsInEveryForm() {
        Statement.Select select = (Statement.Select) Parser.parse(
                "select next value for db.s, previous value for `s`, lastval(s), setval(s, -5, 0, 2), setval(s, ?)")
                .statement();
        assertInstanceOf(Expression.NextValue.class, select.items().get(0).expression());
        assertEquals("db", ((Expression.NextValue) select.items().get(0).expression()).sequence().database());
        assertInstanceOf(Expression.PreviousValue.class, select.items().get(1).expression());
        assertInstanceOf(Expression.PreviousValue.class, select.items().get(2).expression());
        Expression.SetValue setValue = (Expression.SetValue) select.items().get(3).expression();
        assertEquals(new Expression.Literal(-5L), setValue.value());
        assertEquals(new Expression.Literal(2L), setValue.round());
        assertEquals(new Expression.Parameter(0), ((Expression.SetValue) select.items().get(4).expression()).value());
    }

    @Test
    void setValTakesOnlyLiterals() {
        assertEquals(1064, assertThrows(SeqDbException.class, () -> Parser.parse("select setval(s, 1+1)")).vendorCode());
    }

    @Test
    void versionedCommentsOfDumpsAreRead() {
        Statement statement = Parser.parse("/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE */").statement();
        assertInstanceOf(Statement.SetVariables.class, statement);
        assertInstanceOf(Statement.Empty.class, Parser.parse("/*M!999999\\- enable the sandbox mode */").statement());
    }

    @Test
    void parametersAreNumberedInTextOrder() {
        Parser.Parsed parsed = Parser.parse("select ? + 1, setval(s, ?), ?");
        assertEquals(3, parsed.parameterCount());
        Statement.Select select = (Statement.Select) parsed.statement();
        assertEquals(new Expression.Parameter(2), select.items().get(2).expression());
    }

    @Test
    void unionKeepsItsPartsAndTakesTheLastSelectsOrderAndLimit() {
        Statement.Union union = (Statement.Union) Parser.parse(
                "select 1 a union all select 2 union select 3 union all select 4 order by a desc limit 2").statement();
        assertEquals(4, union.parts().size());
        assertEquals(3, union.distinctThrough(), "the DISTINCT union dedupes the three parts to its left and itself");
        assertEquals(1, union.orderBy().size());
        assertEquals(new Expression.Literal(2L), union.limit());
        assertEquals(List.of(), union.parts().get(3).orderBy(), "ORDER BY moved from the last select to the union");
        assertEquals(null, union.parts().get(3).limit());

        Statement.Union parenthesized = (Statement.Union) Parser.parse(
                "(select 1 limit 1) union all (select 2 order by 1 limit 1) limit 1, 3").statement();
        assertEquals(0, parenthesized.distinctThrough());
        assertEquals(new Expression.Literal(1L), parenthesized.parts().get(1).limit(), "inside () it stays the select's");
        assertEquals(new Expression.Literal(1L), parenthesized.offset());
        assertEquals(new Expression.Literal(3L), parenthesized.limit());
        assertInstanceOf(Statement.Select.class, Parser.parse("select 1 order by 1 limit 1").statement());
    }
}
