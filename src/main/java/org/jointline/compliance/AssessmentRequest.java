package org.jointline.compliance;

import java.util.List;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/**
 * A transfer to assess.
 *
 * @param origin             the facility the goods or the know-how leave from
 * @param consignee          the receiving organisation
 * @param destinationCountry ISO 3166 alpha-2 of the destination; for technology the recipient person's country;
 *                           {@code null} means the consignee organisation's country
 * @param reference          what the transfer belongs to (a shipment number, a document share), for people
 */
public record AssessmentRequest(FacilityId origin, OrganisationId consignee, String destinationCountry,
                                TransferKind kind, List<AssessmentLine> lines, String reference) {

    public AssessmentRequest {
        lines = List.copyOf(lines);
    }
}
