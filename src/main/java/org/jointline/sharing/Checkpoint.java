package org.jointline.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * A signed Merkle tree head over the first {@code treeSize} entries of an owner's ledger. {@code statement} is
 * the canonical JSON that was signed (UTF-8), {@code signature} the Ed25519 signature, Base64.
 */
public record Checkpoint(UUID id, UUID organisationId, UUID programmeId, long treeSize, String rootHash,
                         String statement, String signature, String keyId, Instant issuedAt) {
}
