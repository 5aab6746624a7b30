package org.jointline.partners;

import java.time.Instant;

/** A personal access token as its owner sees it later: never the secret, only its last characters. */
public record AccessTokenView(AccessTokenId id, String name, String hint, Instant createdAt, Instant expiresAt,
                              Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
    }
}
