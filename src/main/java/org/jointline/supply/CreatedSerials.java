package org.jointline.supply;

import java.util.List;
import org.jointline.engineering.ItemId;

/** The serials made by one batch, in order, with their GS1 Digital Link URIs when the item has a GTIN. */
public record CreatedSerials(ItemId item, int count, SerialState state, LocationId location, List<String> serials,
                             List<String> digitalLinks) {
}
