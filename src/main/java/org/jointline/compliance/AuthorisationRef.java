package org.jointline.compliance;

import java.util.UUID;

/** The authorisation a line was cleared under. */
public record AuthorisationRef(UUID id, String reference) {
}
