package org.jointline.production.web;

import java.time.LocalDate;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProductionLineId;
import org.jointline.production.SerialScheme;
import org.jointline.production.WorkOrderDetails;
import org.springframework.format.annotation.DateTimeFormat;

/** The planner's form: the line carries its facility ("facility/line"), since one select is easier on the floor. */
public record WorkOrderForm(ItemId itemId, Integer quantity, String place, OrganisationId customerId,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedStart,
                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate plannedEnd,
                     SerialScheme serialScheme, String serialPattern) {

    public static WorkOrderForm empty() {
        return new WorkOrderForm(null, 5, null, null, LocalDate.now(), LocalDate.now().plusDays(7), SerialScheme.PATTERN, null);
    }

    FacilityId facility() {
        return place == null || place.isBlank() ? null : FacilityId.of(place.split("/")[0]);
    }

    ProductionLineId line() {
        String[] parts = place == null ? new String[0] : place.split("/");
        return parts.length > 1 ? ProductionLineId.of(parts[1]) : null;
    }

    WorkOrderDetails details() {
        return new WorkOrderDetails(itemId, null, quantity, facility(), line(), customerId, plannedStart, plannedEnd,
                serialScheme, serialPattern);
    }
}
