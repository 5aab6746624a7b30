package org.jointline.screening;

import java.time.Instant;
import java.util.UUID;

/** One import of a sanctions list and what it changed. */
public record ListImport(UUID id, String list, String format, String files, String importedBy, Instant importedAt,
                         int entries, int added, int changed, int removed, int partiesRescreened) {

    public boolean changedNothing() {
        return added == 0 && changed == 0 && removed == 0;
    }
}
