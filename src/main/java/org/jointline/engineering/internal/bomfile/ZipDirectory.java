package org.jointline.engineering.internal.bomfile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry list of a zip archive, read from its central directory without inflating anything, so that a zip
 * that is not a workbook, or one that declares a huge unpacked size, is refused before POI touches it.
 */
final class ZipDirectory {

    /** An entry's name and declared sizes (-1 when the size is kept in a zip64 extra field). */
    record Entry(String name, long compressedSize, long size) {
    }

    private static final int EOCD = 0x06054b50;
    private static final int EOCD64_LOCATOR = 0x07064b50;
    private static final int CENTRAL_ENTRY = 0x02014b50;
    private static final long UNKNOWN = 0xFFFFFFFFL;

    private final byte[] zip;

    private ZipDirectory(byte[] zip) {
        this.zip = zip;
    }

    static boolean looksLikeZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K'
                && ((content[2] == 3 && content[3] == 4) || (content[2] == 5 && content[3] == 6));
    }

    /** The entries, or a refusal ({@code bom.import.corrupt}) when the directory cannot be read. */
    static List<Entry> entries(byte[] zip) {
        try {
            return new ZipDirectory(zip).read();
        } catch (IndexOutOfBoundsException | IllegalStateException | ArithmeticException e) {
            throw new BomFileRefused(e, BomMessages.CORRUPT);
        }
    }

    private List<Entry> read() {
        int eocd = findEndRecord();
        long count = u16(eocd + 10);
        long offset = u32(eocd + 16);
        if (count == 0xFFFF || offset == UNKNOWN) {
            int zip64 = zip64Record(eocd);
            count = u64(zip64 + 32);
            offset = u64(zip64 + 48);
        }
        List<Entry> entries = new ArrayList<>();
        int position = Math.toIntExact(offset);
        for (long i = 0; i < count; i++) {
            position = readEntry(position, entries);
        }
        return entries;
    }

    private int readEntry(int position, List<Entry> entries) {
        check(u32(position) == CENTRAL_ENTRY, "central directory entry expected");
        int nameLength = u16(position + 28);
        int extraLength = u16(position + 30);
        int commentLength = u16(position + 32);
        check(position + 46 + nameLength <= zip.length, "entry name beyond the end");
        String name = new String(zip, position + 46, nameLength, StandardCharsets.UTF_8);
        entries.add(new Entry(name, size(u32(position + 20)), size(u32(position + 24))));
        return position + 46 + nameLength + extraLength + commentLength;
    }

    private int findEndRecord() {
        int last = zip.length - 22;
        int first = Math.max(0, last - 0xFFFF);
        for (int p = last; p >= first; p--) {
            if (u32(p) == EOCD) {
                return p;
            }
        }
        throw new IllegalStateException("no end of central directory");
    }

    private int zip64Record(int eocd) {
        int locator = eocd - 20;
        check(locator >= 0 && u32(locator) == EOCD64_LOCATOR, "zip64 locator expected");
        return Math.toIntExact(u64(locator + 8));
    }

    private static long size(long value) {
        return value == UNKNOWN ? -1 : value;
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    private int u16(int p) {
        return (zip[p] & 0xFF) | (zip[p + 1] & 0xFF) << 8;
    }

    private long u32(int p) {
        return u16(p) | (long) u16(p + 2) << 16;
    }

    private long u64(int p) {
        return u32(p) | u32(p + 4) << 32;
    }
}
