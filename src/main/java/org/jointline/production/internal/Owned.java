package org.jointline.production.internal;

import java.util.UUID;

/** A record together with the organisation that owns it, for the authorisation check. */
public record Owned<T>(UUID organisation, T value) {
}
