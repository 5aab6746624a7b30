package org.jointline.traceability.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Date-times with offset as {@link OffsetDateTime#parse} reads them, with a fast path for the common shape
 * {@code yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:MM|-HH:MM)}; anything else (or out of range) goes to
 * {@code OffsetDateTime.parse}, so what is accepted and refused is exactly what it accepts and refuses.
 */
public final class Rfc3339 {

    private Rfc3339() {
    }

    /** The time, or {@link DateTimeParseException} as {@code OffsetDateTime.parse} throws it. */
    public static OffsetDateTime parse(String text) {
        OffsetDateTime fast = fast(text);
        return fast != null ? fast : OffsetDateTime.parse(text);
    }

    private static OffsetDateTime fast(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
                || s.charAt(16) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        int at = 19;
        int nanos = 0;
        if (s.charAt(at) == '.') {
            int start = ++at;
            while (at < n && at - start < 9 && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
                nanos = nanos * 10 + (s.charAt(at++) - '0');
            }
            if (at == start) {
                return null;
            }
            for (int k = at - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset;
        if (at == n - 1 && s.charAt(at) == 'Z') {
            offset = ZoneOffset.UTC;
        } else if (at == n - 6 && (s.charAt(at) == '+' || s.charAt(at) == '-') && s.charAt(at + 3) == ':') {
            int hours = digits(s, at + 1, 2);
            int minutes = digits(s, at + 4, 2);
            if ((hours | minutes) < 0) {
                return null;
            }
            int sign = s.charAt(at) == '-' ? -1 : 1;
            try {
                offset = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            } catch (RuntimeException e) {
                return null;
            }
        } else {
            return null;
        }
        try {
            return OffsetDateTime.of(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The non-negative number of {@code count} ASCII digits at {@code from}, or -1. */
    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
