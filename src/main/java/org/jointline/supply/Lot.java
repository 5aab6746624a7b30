package org.jointline.supply;

import java.time.Instant;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;

/** A lot of an item: our lot number, and where it came from (supplier, supplier's lot, certificate, document). */
public record Lot(LotId id, ItemId item, String lotNumber, OrganisationId supplier, String supplierLot,
                  String certificate, String reference, Instant createdAt) {
}
