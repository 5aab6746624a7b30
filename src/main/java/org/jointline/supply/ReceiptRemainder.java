package org.jointline.supply;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;

/**
 * What is left in stock of the goods booked in under a receipt's document, where they were booked in.
 * {@code received}: anything was booked in under it at all (a remainder can be empty because everything has moved on).
 */
public record ReceiptRemainder(boolean received, List<Line> lines) {

    public ReceiptRemainder {
        lines = List.copyOf(lines);
    }

    /** Serials still in stock at the location they were received to, or what is left there of a quantity received. */
    public record Line(ItemId item, LotId lot, FacilityId facility, LocationId location, List<String> serials,
                       BigDecimal quantity, OrganisationId supplier) {

        public Line {
            serials = List.copyOf(serials);
        }
    }
}
