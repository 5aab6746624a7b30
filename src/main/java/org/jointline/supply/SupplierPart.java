package org.jointline.supply;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;

/** What a supplier sells of an item: its MPN and SKU, price breaks, lead time, origin, and whether it is approved. */
public record SupplierPart(SupplierPartId id, OrganisationId supplier, String supplierName, String supplierCountry,
                           ItemId item, String itemNumber, String itemName, String mpn, String sku, String currency,
                           List<PriceBreak> prices, int leadTimeDays, String originCountry, boolean approved, int version) {

    public SupplierPart {
        prices = List.copyOf(prices);
    }

    /** The unit price at this quantity: the break with the largest minimum not above it (else the smallest break). */
    public BigDecimal unitPrice(BigDecimal quantity) {
        return prices.stream().filter(p -> p.minQuantity().compareTo(quantity) <= 0)
                .max(Comparator.comparing(PriceBreak::minQuantity))
                .or(() -> prices.stream().min(Comparator.comparing(PriceBreak::minQuantity)))
                .map(PriceBreak::unitPrice).orElse(null);
    }
}
