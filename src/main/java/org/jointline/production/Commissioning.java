package org.jointline.production;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Start units of a work order: the next {@code count} serials, or one unit under a given serial (a pre-printed label). */
public record Commissioning(@Positive @Max(10000) Integer count, @Size(max = 100) String serial) {

    public Commissioning {
        serial = serial == null || serial.isBlank() ? null : serial.strip();
    }
}
