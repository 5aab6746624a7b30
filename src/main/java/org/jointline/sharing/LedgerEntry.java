package org.jointline.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One entry of an owner organisation's access ledger: a decision (granted or refused), a download, or an
 * agreement change. {@code hash} is the SHA-256 of the entry's canonical JSON (RFC 8785), which includes
 * {@code previousHash}, the hash of the entry before it.
 *
 * @param kind    {@code decision} or {@code agreement}
 * @param outcome {@code granted}, {@code refused} or {@code recorded}
 */
public record LedgerEntry(UUID ownerOrganisationId, long sequence, Instant recordedAt, String kind, UUID actorPersonId,
                          String actorName, UUID actorOrganisationId, String action, String targetType, UUID targetId,
                          String targetLabel, String outcome, List<String> reasons, UUID agreementId,
                          String previousHash, String hash) {

    public LedgerEntry {
        reasons = List.copyOf(reasons);
    }

    public boolean granted() {
        return "granted".equals(outcome);
    }
}
