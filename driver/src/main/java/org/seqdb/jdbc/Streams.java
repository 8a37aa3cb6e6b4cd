package org.seqdb.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.sql.SQLException;

/** Stream parameters read whole: seqdb keeps values in memory, so a stream is bound as its bytes or text. */
final class Streams {
    private Streams() {
    }

    /** @param length the bytes to read, or -1 for all */
    static byte[] bytes(InputStream in, long length) throws SQLException {
        if (in == null) {
            return null;
        }
        try {
            return length < 0 ? in.readAllBytes() : in.readNBytes((int) Math.min(Integer.MAX_VALUE, length));
        } catch (IOException e) {
            throw new SQLException("The stream could not be read: " + e.getMessage(), "HY000", 0, e);
        }
    }

    /** @param length the characters to read, or -1 for all */
    static String text(Reader in, long length) throws SQLException {
        if (in == null) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            long left = length < 0 ? Long.MAX_VALUE : length;
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                text.append(buffer, 0, n);
                left -= n;
            }
        } catch (IOException e) {
            throw new SQLException("The reader could not be read: " + e.getMessage(), "HY000", 0, e);
        }
        return text.toString();
    }
}
