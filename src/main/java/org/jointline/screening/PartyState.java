package org.jointline.screening;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A party's screening state with its hits (open, dismissed and confirmed), as last screened. */
public record PartyState(PartyKind kind, UUID partyId, String name, String country, ScreeningState state,
                         List<ScreeningHit> hits, Instant screenedAt) {

    public PartyState {
        hits = List.copyOf(hits);
    }

    /** May the party receive goods or data without an officer looking first? */
    public boolean clear() {
        return state == ScreeningState.CLEAR;
    }
}
