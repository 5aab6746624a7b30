package org.jointline.production.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;

/**
 * What production needs of stock, in production's words. The supply module answers it; every call runs in the
 * caller's transaction, so an install that fails leaves stock untouched.
 */
public interface Stock {

    /** A serial number as stock knows it. */
    record StockedSerial(ItemId item, String serial, String lot, UUID supplierId, String supplierName, boolean inStock,
                         FacilityId facility, String state) {
    }

    /** A lot as stock knows it ({@code id}: supply's lot id). */
    record StockedLot(UUID id, ItemId item, String lot, UUID supplierId, String supplierName) {
    }

    /** A shipment made for a delivery, with its compliance outcome. */
    record Shipped(UUID shipmentId, String number, String outcome, boolean dispatched) {
    }

    Map<ItemId, BigDecimal> available(Actor actor, FacilityId facility, Collection<ItemId> items);

    Optional<StockedSerial> serial(Actor actor, FacilityId facility, ItemId item, String serial);

    /** Serials with this code, of any item. */
    List<StockedSerial> serials(Actor actor, FacilityId facility, String serial);

    /** Lots with this number among these items. */
    List<StockedLot> lots(Actor actor, Collection<ItemId> items, String lot);

    void consumeSerial(Actor actor, FacilityId facility, ItemId item, String serial, String reference);

    /** Consumes a quantity of a lot found by {@link #lots} from the facility's line-side location. */
    void consumeLot(Actor actor, FacilityId facility, StockedLot lot, BigDecimal quantity, String reference);

    /** A removed component goes back into stock, to quarantine, until someone decides about it. */
    void returnSerial(Actor actor, FacilityId facility, ItemId item, String serial, String reference);

    /**
     * A completed unit goes into stock at the facility (finished goods); {@code again}: it was completed before
     * (reworked since), so it may be in stock already.
     */
    void receiveUnit(Actor actor, FacilityId facility, ItemId item, String serial, String reference, boolean again);

    /** A unit leaves stock for good with the components in it. */
    void scrapUnit(Actor actor, FacilityId facility, ItemId item, String serial, Map<ItemId, List<String>> components,
                   String reason);

    /**
     * Ships what the actor's organisation holds of a lot back to the lot's supplier (its first facility): a supply
     * shipment assessed by compliance, dispatched when cleared.
     */
    Shipped returnLot(Actor actor, ItemId item, String lot, String reference);

    /**
     * Ships what is still in stock of a supplier receipt (the goods booked in under its document) back to their
     * supplier, as {@link #returnLot} does for a lot.
     */
    Shipped returnReceipt(Actor actor, String receipt, String reference);

    /** Dispatches a shipment made by {@link #ship} that compliance has cleared since (refused while it is not). */
    Shipped dispatch(Actor actor, UUID shipment);

    Shipped ship(Actor actor, FacilityId from, OrganisationId customer, FacilityId to, ItemId item, List<String> serials,
                 String reference);
}
