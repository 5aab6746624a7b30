package org.jointline.traceability.internal;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows for PostgreSQL's COPY in binary format, written straight into bytes: the server reads uuid and
 * timestamptz without parsing text, and no String is made per row or per table. Each row states its
 * field count; null is length -1; jsonb is its version byte (1) and the JSON text.
 */
final class BinaryCopy {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0,
            0, 0, 0, 0, 0, 0, 0, 0};
    /** 2000-01-01T00:00:00Z in seconds since the Unix epoch: PostgreSQL's timestamp epoch. */
    private static final long POSTGRES_EPOCH = 946_684_800L;

    private byte[] bytes;
    private int length;
    private int rows;

    /** A stream sized for about {@code expectedBytes}; it grows as rows are added. */
    BinaryCopy(int expectedBytes) {
        bytes = new byte[Math.max(256, expectedBytes)];
        System.arraycopy(HEADER, 0, bytes, 0, HEADER.length);
        length = HEADER.length;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    /** The whole COPY stream, header to trailer (call once, after the last row). */
    byte[] finish() {
        ensure(2);
        bytes[length++] = (byte) 0xFF;
        bytes[length++] = (byte) 0xFF;
        return bytes;
    }

    int length() {
        return length;
    }

    BinaryCopy row(int fields) {
        ensure(2);
        bytes[length++] = (byte) (fields >> 8);
        bytes[length++] = (byte) fields;
        rows++;
        return this;
    }

    BinaryCopy nul() {
        ensure(4);
        int32(-1);
        return this;
    }

    BinaryCopy text(String text) {
        return text == null ? nul() : utf8(text, false);
    }

    BinaryCopy jsonb(String json) {
        return json == null ? nul() : utf8(json, true);
    }

    /** jsonb from JSON already encoded as UTF-8. */
    BinaryCopy jsonb(byte[] json) {
        if (json == null) {
            return nul();
        }
        ensure(5 + json.length);
        int32(json.length + 1);
        bytes[length++] = 1;
        System.arraycopy(json, 0, bytes, length, json.length);
        length += json.length;
        return this;
    }

    BinaryCopy uuid(UUID value) {
        if (value == null) {
            return nul();
        }
        ensure(20);
        int32(16);
        int64(value.getMostSignificantBits());
        int64(value.getLeastSignificantBits());
        return this;
    }

    /** timestamptz: microseconds since 2000-01-01 UTC, rounded as PostgreSQL rounds a text time. */
    BinaryCopy timestamptz(OffsetDateTime time) {
        if (time == null) {
            return nul();
        }
        long seconds = time.toEpochSecond() - POSTGRES_EPOCH;
        long micros = (long) Math.rint(time.getNano() / 1000.0);
        ensure(12);
        int32(8);
        int64(Math.addExact(Math.multiplyExact(seconds, 1_000_000L), micros));
        return this;
    }

    private BinaryCopy utf8(String text, boolean jsonb) {
        int n = text.length();
        int prefix = jsonb ? 1 : 0;
        ensure(4 + prefix + 3 * n);
        int lengthAt = length;
        length += 4;
        if (jsonb) {
            bytes[length++] = 1;
        }
        byte[] b = bytes;
        int at = length;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                b[at++] = (byte) c;
            } else if (c < 0x800) {
                b[at++] = (byte) (0xC0 | c >> 6);
                b[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                b[at++] = (byte) (0xF0 | cp >> 18);
                b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                b[at++] = '?'; // a lone surrogate, as String.getBytes(UTF_8) writes it
            } else {
                b[at++] = (byte) (0xE0 | c >> 12);
                b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        int size = at - lengthAt - 4;
        b[lengthAt] = (byte) (size >> 24);
        b[lengthAt + 1] = (byte) (size >> 16);
        b[lengthAt + 2] = (byte) (size >> 8);
        b[lengthAt + 3] = (byte) size;
        length = at;
        return this;
    }

    private void int32(int v) {
        bytes[length++] = (byte) (v >> 24);
        bytes[length++] = (byte) (v >> 16);
        bytes[length++] = (byte) (v >> 8);
        bytes[length++] = (byte) v;
    }

    private void int64(long v) {
        int32((int) (v >> 32));
        int32((int) v);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

}
