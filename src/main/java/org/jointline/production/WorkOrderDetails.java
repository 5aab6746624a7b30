package org.jointline.production;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProductionLineId;

/** What a planner gives for a new work order. No revision: the one in effect today. */
public record WorkOrderDetails(@NotNull ItemId itemId, BomRevisionId bomRevisionId,
                               @NotNull @Positive @Max(100000) Integer quantity, @NotNull FacilityId facilityId,
                               ProductionLineId lineId, OrganisationId customerId, LocalDate plannedStart, LocalDate plannedEnd,
                               SerialScheme serialScheme, @Size(max = 60) String serialPattern) {

    public WorkOrderDetails {
        serialScheme = serialScheme == null ? SerialScheme.PATTERN : serialScheme;
        serialPattern = serialPattern == null || serialPattern.isBlank() ? null : serialPattern.strip();
    }
}
