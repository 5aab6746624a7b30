package org.jointline.sharing.internal;

import java.util.List;
import java.util.UUID;
import org.jointline.platform.Actor;

/** What to record; the writer adds the sequence, the time and the hashes. */
public record EntryDraft(UUID owner, String kind, UUID actorPersonId, String actorName, UUID actorOrganisationId,
                         String action, String targetType, UUID targetId, String targetLabel, String outcome,
                         List<String> reasons, UUID agreementId) {

    public EntryDraft {
        reasons = List.copyOf(reasons);
    }

    public static EntryDraft by(Actor actor, UUID owner, String kind, String action, String targetType, UUID targetId,
                                String targetLabel, String outcome, List<String> reasons, UUID agreementId) {
        return new EntryDraft(owner, kind, actor.personId(), actor.displayName(), actor.organisationId(), action,
                targetType, targetId, targetLabel, outcome, reasons, agreementId);
    }
}
