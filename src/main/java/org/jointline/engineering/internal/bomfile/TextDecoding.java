package org.jointline.engineering.internal.bomfile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: UTF-16 when a UTF-16 byte order mark says so (Excel's "Unicode text"), else UTF-8 with or
 * without BOM, else windows-1252 when the bytes are not valid UTF-8. Content that is clearly binary is refused.
 */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 64 * 1024;

    /** The text, the charset used, and whether that was the windows-1252 fallback. */
    record Decoded(String text, Charset charset, boolean fallback) {
    }

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes) {
        Decoded decoded = decodeText(bytes);
        if (looksBinary(decoded.text())) {
            throw new BomFileRefused(BomMessages.UNSUPPORTED_FORMAT);
        }
        return decoded;
    }

    private static Decoded decodeText(byte[] bytes) {
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return utf16(bytes, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return utf16(bytes, StandardCharsets.UTF_16BE);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
            return new Decoded(text, StandardCharsets.UTF_8, false);
        } catch (CharacterCodingException e) {
            return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252, true);
        }
    }

    private static Decoded utf16(byte[] bytes, Charset charset) {
        return new Decoded(new String(bytes, 2, bytes.length - 2, charset), charset, false);
    }

    /** Binary: a NUL, or more than 1% control or replacement characters in the first 64 Ki characters. */
    static boolean looksBinary(String text) {
        int length = Math.min(text.length(), SAMPLE);
        int odd = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
            if (control || c == '\uFFFD') {
                odd++;
            }
        }
        return odd > length / 100;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
