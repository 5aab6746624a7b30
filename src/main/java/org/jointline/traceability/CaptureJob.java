package org.jointline.traceability;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A capture job as the EPCIS REST binding shows it: running or finished, successful or not, the
 * error behaviour asked for, the errors, and how many events were stored or were stored before.
 */
public record CaptureJob(UUID captureID, OffsetDateTime createdAt, OffsetDateTime finishedAt, boolean running,
                         boolean success, String captureErrorBehaviour, int eventCount, int captured,
                         int duplicates, List<Violation> errors) {
}
