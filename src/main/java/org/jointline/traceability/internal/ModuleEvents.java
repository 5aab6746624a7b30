package org.jointline.traceability.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemChanged;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Ids;
import org.jointline.platform.Remembered;
import org.jointline.platform.Role;
import org.jointline.traceability.Identifiers;
import org.jointline.traceability.Violation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the EPCIS events that module events become, in the transaction that published the module event
 * (ADR 0016): the record commits with the change or not at all. Their eventID is the CBV hash of their
 * content, so the same module event published twice is stored once.
 */
@Component
public class ModuleEvents {

    private final EventWriter writer;
    private final ItemManagement items;
    private final Remembered<UUID, Optional<String>> gtins = new Remembered<>();

    ModuleEvents(EventWriter writer, ItemManagement items) {
        this.writer = writer;
        this.items = items;
    }

    /** In the publisher's transaction; in one of its own where the module event was published outside any. */
    @Transactional
    public EventWriter.Written record(UUID organisation, ObjectNode... events) {
        List<StoredEvent> stored = new java.util.ArrayList<>();
        for (ObjectNode event : events) {
            // its own rules, without an @context: the event is stored without one (copying it to add one cost 5 % of the listeners)
            List<Violation> violations = EpcisRules.event(event, 0);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("traceability built an invalid EPCIS event: " + violations);
            }
            stored.add(StoredEvent.of(Ids.next(), event));
        }
        return writer.write(stored, organisation, null, null);
    }

    /** The unit's identifier: a Digital Link SGTIN when the item has a GTIN. */
    public String serial(ItemId item, String serial, UUID organisation) {
        return Identifiers.serial(gtin(item, organisation), item.value(), serial);
    }

    public String lot(ItemId item, String lot, UUID organisation) {
        return Identifiers.lot(gtin(item, organisation), item.value(), lot);
    }

    public String itemClass(ItemId item, UUID organisation) {
        return Identifiers.itemClass(gtin(item, organisation), item.value());
    }

    /** After the change commits: an item's GTIN is read again for its next event, not remembered from before. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(ItemChanged changed) {
        gtins.forget(changed.itemId().value());
    }

    private String gtin(ItemId item, UUID organisation) {
        return gtins.get(item.value(), id -> Optional.ofNullable(
                items.getAll(system(organisation), List.of(item)).get(item)).map(Item::gtin)).orElse(null);
    }

    /** Reads master data (items, lots) for events that carry only IDs; never changes anything. */
    public static Actor system(UUID organisation) {
        return new Actor(null, "traceability", "Traceability", organisation, Set.of(Role.ADMINISTRATOR));
    }
}
