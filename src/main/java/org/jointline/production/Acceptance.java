package org.jointline.production;

import java.time.Instant;

/** A recorded acceptance decision. */
public record Acceptance(UnitId unitId, String serial, boolean accepted, String reason, String decidedBy, Instant decidedAt) {
}
