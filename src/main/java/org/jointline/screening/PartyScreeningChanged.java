package org.jointline.screening;

import java.util.UUID;

/** Published when a party's screening state changes (screened, held, dismissed, confirmed, list changed). */
public record PartyScreeningChanged(PartyKind kind, UUID partyId, ScreeningState state, ScreeningState previous) {
}
