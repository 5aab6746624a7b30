package org.jointline.screening;

import java.time.Instant;
import java.util.UUID;

/**
 * A possible match of a party with a list entry.
 *
 * @param list        the list the entry is on (e.g. {@code OFAC-SDN}, {@code UN})
 * @param entryName   the entry's primary name
 * @param matchedName the entry's name or alias that matched best
 * @param explanation what matched, for people
 * @param reason      the officer's reason for a dismissal or confirmation, if any
 */
public record ScreeningHit(UUID id, UUID entryId, String list, String listReference, String entryName,
                           String matchedName, double score, String explanation, HitStatus status,
                           String reason, String decidedBy, Instant decidedAt) {
}
