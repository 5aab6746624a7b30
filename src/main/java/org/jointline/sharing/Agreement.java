package org.jointline.sharing;

import java.time.Instant;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeId;

/**
 * A sharing agreement: the owner grants the assignee (one organisation, or every other member of the programme
 * when {@code null}) what the policy permits over the selection. {@code canonicalPolicy} is the stored form
 * (RFC 8785), {@code policySha256} its digest as recorded in the ledger. An onward agreement names the agreement
 * it derives from ({@code parentId}) and the recipient organisation that granted it ({@code grantedById}); both
 * {@code null} for the owner's own agreements.
 */
public record Agreement(AgreementId id, String reference, String title, OrganisationId ownerId, ProgrammeId programmeId,
                        OrganisationId assigneeOrganisationId, Policy policy, String canonicalPolicy, String policySha256,
                        Selection selection, AgreementStatus status, Instant createdAt, String createdByName,
                        Instant revokedAt, String revokedByName, String revocationReason, int sharedItems,
                        int sharedDocuments, AgreementId parentId, OrganisationId grantedById) {

    public boolean onward() {
        return parentId != null;
    }

    public boolean active() {
        return status == AgreementStatus.ACTIVE;
    }
}
