package org.jointline.supply;

import java.math.BigDecimal;
import org.jointline.partners.FacilityId;

/** Stock of one item at one facility: on hand in all its locations, and the part of it that can be used. */
public record FacilityStock(FacilityId facility, String facilityCode, BigDecimal onHand, BigDecimal available) {
}
