package org.jointline.traceability.internal;

import java.util.Arrays;
import java.util.UUID;

/**
 * Rows for PostgreSQL's COPY in CSV format, written straight into UTF-8 bytes: null is an empty unquoted
 * field, text is quoted (quotes doubled). No intermediate String per row or per table.
 */
final class Csv {

    private byte[] bytes = new byte[1 << 16];
    private int length;
    private boolean first = true;

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    boolean isEmpty() {
        return length == 0;
    }

    /** One row of values (each written as its toString, quoted; null as an empty field). */
    static void row(Csv out, Object... values) {
        for (Object value : values) {
            if (value == null) {
                out.nul();
            } else {
                out.text(value.toString());
            }
        }
        out.end();
    }

    Csv nul() {
        separate();
        return this;
    }

    Csv uuid(UUID value) {
        return value == null ? nul() : text(value.toString());
    }

    Csv text(String text) {
        if (text == null) {
            return nul();
        }
        separate();
        int n = text.length();
        ensure(3 * n + 2);
        byte[] b = bytes;
        int at = length;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c == '"') {
                    b[at++] = '"';
                }
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
        b[at++] = '"';
        length = at;
        return this;
    }

    void end() {
        ensure(1);
        bytes[length++] = '\n';
        first = true;
    }

    private void separate() {
        if (!first) {
            ensure(1);
            bytes[length++] = ',';
        }
        first = false;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
