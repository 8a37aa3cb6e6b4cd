# A session starts as Connector/J leaves a MariaDB session: its sql_mode has IGNORE_SPACE.
SELECT @@sql_mode;
# GLOBAL / SESSION holds for the assignments after it; @@global.x only for x. A session keeps the
# values it started with when the global ones change.
SET GLOBAL auto_increment_increment = 3, auto_increment_offset = 2;
SELECT @@global.auto_increment_increment, @@global.auto_increment_offset, @@auto_increment_increment, @@auto_increment_offset;
SET auto_increment_increment = 5, GLOBAL auto_increment_offset = 4, auto_increment_increment = 7;
SELECT @@global.auto_increment_increment, @@global.auto_increment_offset, @@auto_increment_increment, @@auto_increment_offset;
SET @@global.auto_increment_increment = 1, auto_increment_offset = 1;
SELECT @@global.auto_increment_increment, @@global.auto_increment_offset, @@auto_increment_increment, @@auto_increment_offset;
--connect two
SELECT @@auto_increment_increment, @@auto_increment_offset;
--connection default
SET SESSION auto_increment_offset = DEFAULT;
SELECT @@auto_increment_offset;
SET GLOBAL auto_increment_increment = DEFAULT, auto_increment_offset = DEFAULT;
SELECT @@global.auto_increment_increment, @@global.auto_increment_offset, @@auto_increment_increment;
# Without IGNORE_SPACE the line breaks after a keyword are not yet read when the parser fails on it.
SELECT 1 FROM s WHERE WHERE
  x = 1;
SET sql_mode = DEFAULT;
SELECT @@sql_mode;
SELECT 1 FROM s WHERE WHERE
  x = 1;
SET SESSION sql_mode = 'IGNORE_SPACE';
SELECT @@sql_mode;
# ORACLE and ANSI imply IGNORE_SPACE.
SET sql_mode = ORACLE;
SELECT 1 FROM s WHERE WHERE
  x = 1;
SET sql_mode = ANSI;
SELECT 1 FROM s WHERE WHERE
  x = 1;
SET sql_mode = DEFAULT;
# Connector/J adds IGNORE_SPACE and STRICT_TRANS_TABLES to whatever the global sql_mode is.
SET GLOBAL sql_mode = '';
--connect three
SELECT @@sql_mode;
SET GLOBAL sql_mode = DEFAULT;
--connect four
SELECT @@sql_mode;
# Variable names: @'x', @`x` and @x.y are user variables; @@ wants a name (the lexer's error is
# at what follows), a lone @ too (the parser's error is at the token after it).
SET @'q' = 5, @`r` = 6;
SELECT @q, @'r', @"q", @a.b;
SET @@session.`auto_increment_offset` = 3;
SELECT @@auto_increment_offset, @@session.`auto_increment_offset`;
SET SESSION auto_increment_offset = DEFAULT;
SELECT @@ + 1;
SELECT @ + 1;
SELECT @@global.;
SELECT 1 + @;
SET @ = 1;
SET @@ = 1;
# 0x41 compared with a number is 65, with a string 'A'.
SELECT 0x41 = 'A', X'41' = 'A', 0x41 = 65, 65 = 0x41;
