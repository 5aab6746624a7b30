package org.jointline.compliance;

import java.time.Instant;
import java.util.UUID;

/** One (regime, code) entry of a subject's classification, with who decided it, when and why. */
public record ClassificationEntry(UUID id, Regime regime, String code, String label, String rationale,
                                  String classifiedBy, Instant classifiedAt, String withdrawnBy, Instant withdrawnAt,
                                  String withdrawnReason) {

    public boolean current() {
        return withdrawnAt == null;
    }
}
