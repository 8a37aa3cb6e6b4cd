package org.seqdb.engine.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the version MVStore wrote into its file header (two text blocks at the start of the
 * file, "H:2,...,version:1f4,..."). The header is rewritten at a clean close and now and then
 * while the store is written, so the store must open at this version or a later one; an
 * earlier one means the file lost what came after (see {@link Store#open}).
 */
final class StoreHeader {
    private static final int HEADER_BYTES = 2 * 4096;
    private static final Pattern VERSION = Pattern.compile("(?:^|,)version:([0-9a-f]{1,16})(?:,|$)");

    private StoreHeader() {
    }

    /** The highest version named by a header block, or -1 if none can be read (MVStore then judges the file). */
    static long lastWrittenVersion(Path file) {
        byte[] start;
        try (InputStream in = Files.newInputStream(file)) {
            start = in.readNBytes(HEADER_BYTES);
        } catch (IOException e) {
            return -1;
        }
        long highest = -1;
        for (String block : new String(start, StandardCharsets.ISO_8859_1).split("[\\n\\u0000]")) {
            if (!block.startsWith("H:2,")) {
                continue;
            }
            Matcher matcher = VERSION.matcher(block);
            if (matcher.find()) {
                highest = Math.max(highest, Long.parseUnsignedLong(matcher.group(1), 16));
            }
        }
        return highest;
    }
}
