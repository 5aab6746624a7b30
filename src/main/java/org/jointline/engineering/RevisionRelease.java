package org.jointline.engineering;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Releasing a revision: from which date (default today) and optionally which serials it applies to. */
public record RevisionRelease(LocalDate effectiveFrom, @Size(max = 60) String serialFrom, @Size(max = 60) String serialTo) {
}
