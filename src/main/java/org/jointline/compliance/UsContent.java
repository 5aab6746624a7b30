package org.jointline.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/** US-controlled content of one unit of an item, for the EAR de minimis calculation (EUR per unit). */
public record UsContent(BigDecimal usValue, BigDecimal unitValue, String changedBy, Instant changedAt) {

    /** US-controlled content as a percentage of the unit's value. */
    public BigDecimal percent() {
        return usValue.multiply(BigDecimal.valueOf(100)).divide(unitValue, 2, RoundingMode.HALF_UP);
    }
}
