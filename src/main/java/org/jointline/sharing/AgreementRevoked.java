package org.jointline.sharing;

import org.jointline.partners.OrganisationId;

public record AgreementRevoked(AgreementId id, OrganisationId ownerId) {
}
