package org.jointline.sharing;

import org.jointline.partners.OrganisationId;

public record AgreementGranted(AgreementId id, OrganisationId ownerId, OrganisationId assigneeOrganisationId) {
}
