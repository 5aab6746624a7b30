package org.jointline.compliance;

import java.time.Instant;
import java.util.UUID;

/** One import of a control-list file: what it brought compared with the list before it. */
public record ControlListImport(UUID id, Regime regime, String version, String sourceName, String sha256, int total,
                                int added, int changed, int removed, String importedBy, Instant importedAt) {
}
