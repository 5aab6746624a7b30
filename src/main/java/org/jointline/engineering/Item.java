package org.jointline.engineering;

import java.util.List;
import org.jointline.partners.OrganisationId;

public record Item(ItemId id, OrganisationId ownerId, String number, String name, String description, ItemKind kind,
                   UnitOfMeasure unit, Tracking tracking, String gtin, String countryOfOrigin, ItemStatus status,
                   List<ManufacturerPart> manufacturerParts, int version) {
}
