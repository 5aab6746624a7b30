package org.jointline.sharing;

import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeId;
import tools.jackson.databind.JsonNode;

/**
 * A new sharing agreement of the steward's organisation.
 *
 * @param assigneeOrganisationId the organisation it is granted to; {@code null}: every other member of the programme
 * @param policy                 permissions and prohibitions in the vocabulary of {@link PolicyTerms}
 */
public record AgreementDraft(ProgrammeId programmeId, String title, OrganisationId assigneeOrganisationId,
                             Selection selection, JsonNode policy) {
}
