package org.jointline.compliance;

import java.time.Instant;

/** A destination blocked outright, whatever the licences say, and the legal act that says so. */
public record Embargo(String country, String source, boolean active, String changedBy, Instant changedAt) {
}
