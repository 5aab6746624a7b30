package org.jointline.production;

import java.time.Instant;
import java.util.UUID;
import org.jointline.engineering.ItemId;

/**
 * A nonconforming lot goes back to its supplier: the supply shipment made for it, its compliance outcome, and whether
 * it has left (published again with {@code dispatched} when a held shipment is released and leaves).
 */
public record ReturnedToSupplier(NonconformanceId nonconformanceId, String number, ItemId itemId, String lot, UUID shipmentId,
                                 String shipmentNumber, String outcome, boolean dispatched, Instant at) {
}
