package org.jointline.engineering;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jointline.partners.OrganisationId;

/**
 * An engineering change order (ECR/ECO). Its number ({@code CO-2026-0001}) is unique per creating organisation.
 * The organisation's name is {@code null} when the reader may not see that organisation.
 */
public record ChangeOrder(ChangeOrderId id, String number, String title, String problem, String proposedChange,
                          OrganisationId organisationId, String organisationName, UUID createdBy, String createdByName,
                          ChangeOrderStatus status, String rejectionReason, Instant createdAt, Instant submittedAt,
                          Instant releasedAt, List<ChangeOrderItem> items, List<ChangeOrderApproval> approvals,
                          int version) {

    public ChangeOrder {
        items = List.copyOf(items);
        approvals = List.copyOf(approvals);
    }
}
