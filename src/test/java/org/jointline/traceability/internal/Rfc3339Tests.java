package org.jointline.traceability.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fast path reads and refuses exactly what {@link OffsetDateTime#parse} reads and refuses. */
class Rfc3339Tests {

    @Test
    void readsWhatOffsetDateTimeReads() {
        for (String time : List.of("2026-07-22T06:45:00+02:00", "2026-07-22T04:45:00.000Z", "2026-07-22T04:45:00Z",
                "2005-04-04T02:33:31.116-06:00", "2026-12-31T23:59:59.123456789+14:00", "2024-02-29T00:00:00-00:30",
                "2026-07-22T06:45:00.5+05:45", "2026-07-22T06:45+02:00", "2026-07-22t06:45:00z", "0999-01-01T00:00:00Z",
                "2026-07-22T06:45:00+02:00:30", "+12026-07-22T06:45:00Z", "2026-07-22T06:45:00.Z")) {
            assertThat(Rfc3339.parse(time)).as(time).isEqualTo(OffsetDateTime.parse(time));
        }
    }

    @Test
    void refusesWhatOffsetDateTimeRefuses() {
        for (String time : List.of("2026-07-22T06:45:00", "2026-02-29T00:00:00Z", "2026-04-31T00:00:00Z",
                "2026-07-22T24:00:00Z", "2026-07-22T06:60:00Z", "2026-07-22T06:45:60Z", "2026-13-01T00:00:00Z",
                "2026-07-22T06:45:00+19:00", "2026-07-22T06:45:00+02:60",
                "2026-07-22T06:45:00.1234567890Z", "2026-07-22 06:45:00Z", "2026-7-22T06:45:00Z", "x")) {
            assertThatThrownBy(() -> OffsetDateTime.parse(time)).as(time).isInstanceOf(DateTimeParseException.class);
            assertThatThrownBy(() -> Rfc3339.parse(time)).as(time).isInstanceOf(DateTimeParseException.class);
        }
    }
}
