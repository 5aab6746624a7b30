package org.jointline.production.web;

import java.beans.PropertyEditorSupport;
import java.util.UUID;
import java.util.function.Function;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProductionLineId;
import org.jointline.production.UnitId;
import org.springframework.web.bind.WebDataBinder;

/** Optional selects send an empty value for "none": that is no ID, not a malformed one. */
final class BlankIds {

    private BlankIds() {
    }

    static void register(WebDataBinder binder) {
        editor(binder, ItemId.class, ItemId::new);
        editor(binder, BomRevisionId.class, BomRevisionId::new);
        editor(binder, FacilityId.class, FacilityId::new);
        editor(binder, OrganisationId.class, OrganisationId::new);
        editor(binder, ProductionLineId.class, ProductionLineId::new);
        editor(binder, UnitId.class, UnitId::new);
    }

    private static <T> void editor(WebDataBinder binder, Class<T> type, Function<UUID, T> id) {
        binder.registerCustomEditor(type, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                setValue(text == null || text.isBlank() ? null : id.apply(UUID.fromString(text.strip())));
            }
        });
    }
}
