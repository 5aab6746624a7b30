package org.jointline.traceability.internal;

import java.util.ArrayList;
import java.util.List;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.KnowHowAccess;
import org.jointline.engineering.Reach;
import org.jointline.platform.Actor;
import org.jointline.traceability.Identifiers;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The items shared with an organisation (engineering's {@link KnowHowAccess} port, implemented by sharing),
 * as SQL {@code LIKE} patterns of the identifiers that name their serials, lots and classes: the events
 * about them are visible to it. Without an implementation of the port nothing is shared.
 */
@Component
public class SharedItems {

    private final ObjectProvider<KnowHowAccess> access;
    private final ItemManagement items;

    SharedItems(ObjectProvider<KnowHowAccess> access, ItemManagement items) {
        this.access = access;
        this.items = items;
    }

    /** Patterns of the identifiers of items shared with the actor's organisation (empty: none). */
    public String[] patterns(Actor actor) {
        KnowHowAccess pdp = access.getIfAvailable();
        if (pdp == null || actor.isAdministrator()) {
            return new String[0];
        }
        Reach reach = pdp.reach(actor);
        if (reach.items().isEmpty()) {
            return new String[0];
        }
        List<ItemId> ids = reach.items().stream().map(ItemId::new).toList();
        List<String> patterns = new ArrayList<>();
        // the port has decided what is shared: read the items' GTINs without asking it a second time
        for (Item item : items.getAll(ModuleEvents.system(actor.organisationId()), ids).values()) {
            patterns.addAll(Identifiers.patterns(item.gtin(), item.id().value()));
        }
        return patterns.toArray(String[]::new);
    }
}
