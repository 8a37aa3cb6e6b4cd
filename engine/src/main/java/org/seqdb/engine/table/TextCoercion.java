package org.seqdb.engine.table;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.seqdb.engine.ValueText;
import org.seqdb.engine.error.ErrorCode;
import org.seqdb.engine.error.Notice;
import org.seqdb.engine.error.SeqDbException;

/**
 * Values made fit for text and binary columns: anything becomes its MariaDB text; too long is
 * 1406 (strict mode), unless only trailing spaces are cut (a note 1265). CHAR drops trailing
 * spaces, as MariaDB returns CHAR values; BINARY(n) pads with zero bytes.
 */
final class TextCoercion {
    private TextCoercion() {
    }

    static String text(Object value, ColumnType type, ColumnContext where) {
        if (type.isEnum()) {
            String chosen = type.enumValue(value);
            if (chosen == null) {
                throw new SeqDbException(ErrorCode.WARN_DATA_TRUNCATED, where.column(), where.row());
            }
            return chosen;
        }
        String text = value instanceof String s ? s : ValueText.of(value);
        long max = type.maxLength();
        boolean bytesLimit = type.base().endsWith("text");
        long length = bytesLimit ? text.getBytes(StandardCharsets.UTF_8).length
                : text.codePointCount(0, text.length());
        if (length > max) {
            String kept = bytesLimit ? text : text.substring(0, text.offsetByCodePoints(0, (int) max));
            if (!bytesLimit && text.substring(kept.length()).isBlank()) {
                where.notes().accept(Notice.note(ErrorCode.WARN_DATA_TRUNCATED, where.column(), where.row()));
                text = kept;
            } else {
                throw new SeqDbException(ErrorCode.ER_DATA_TOO_LONG, where.column(), where.row());
            }
        }
        if (type.base().equals("char")) {
            text = text.stripTrailing();
        }
        return text;
    }

    static byte[] binary(Object value, ColumnType type, ColumnContext where) {
        byte[] bytes = value instanceof byte[] b ? b : ValueText.of(value).getBytes(StandardCharsets.UTF_8);
        if (bytes.length > type.maxLength()) {
            throw new SeqDbException(ErrorCode.ER_DATA_TOO_LONG, where.column(), where.row());
        }
        if (type.base().equals("binary") && bytes.length < type.maxLength()) {
            bytes = Arrays.copyOf(bytes, (int) type.maxLength());
        }
        return bytes;
    }
}
