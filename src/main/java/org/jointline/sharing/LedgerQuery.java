package org.jointline.sharing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Filters of the owner's view: whose ledger (an auditor or administrator may name any organisation; {@code null}
 * is the caller's own), by which organisation, which action, granted or refused, between two dates (inclusive),
 * and free text over the person's name and the target's number.
 */
public record LedgerQuery(UUID owner, UUID actorOrganisation, String action, String outcome, LocalDate from,
                          LocalDate to, String search) {

    public static LedgerQuery all() {
        return new LedgerQuery(null, null, null, null, null, null, null);
    }

    public LedgerQuery forOwner(UUID ownerId) {
        return new LedgerQuery(ownerId, actorOrganisation, action, outcome, from, to, search);
    }
}
