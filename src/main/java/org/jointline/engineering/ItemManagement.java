package org.jointline.engineering;

import org.jointline.engineering.internal.Items;
import org.jointline.engineering.internal.Readers;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.StateRefused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Items: parts, assemblies, end items, software and technical data, each owned by one organisation. */
@Service
@Transactional
public class ItemManagement {

    private final Items items;
    private final Readers readers;
    private final ApplicationEventPublisher events;

    ItemManagement(Items items, Readers readers, ApplicationEventPublisher events) {
        this.items = items;
        this.readers = readers;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<Item> list(Actor actor, PageQuery query, ItemKind kind) {
        return items.page(readers.reach(actor), query, kind);
    }

    @Transactional(readOnly = true)
    public Item get(Actor actor, ItemId id) {
        Item item = items.find(id).orElseThrow(() -> new NotFound("item", id));
        if (!readers.mayView(actor, KnowHowTarget.of(item))) {
            throw new NotFound("item", id);
        }
        return item;
    }

    /** The visible items among these IDs, in one query; invisible or unknown ones are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<ItemId, Item> getAll(Actor actor, java.util.Collection<ItemId> ids) {
        Reach reach = readers.reach(actor);
        java.util.Map<ItemId, Item> found = new java.util.LinkedHashMap<>();
        items.byIds(ids.stream().map(ItemId::value).toList()).stream()
                .filter(i -> reach.seesItem(i.ownerId().value(), i.id().value()))
                .forEach(i -> found.put(i.id(), i));
        return found;
    }

    /**
     * The visible item with this number (numbers are unique per owner, so several owners may use it):
     * the exact spelling first, then the preferred owner's.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Item> byNumber(Actor actor, String number, org.jointline.partners.OrganisationId preferredOwner) {
        String wanted = number.strip();
        return items.byNumber(readers.reach(actor), wanted).stream()
                .min(java.util.Comparator.comparing((Item i) -> !i.number().equals(wanted))
                        .thenComparing(i -> !i.ownerId().equals(preferredOwner)));
    }

    @Transactional(readOnly = true)
    public boolean mayChange(Actor actor, Item item) {
        return readers.mayChange(actor, item.ownerId());
    }

    public Item create(Actor actor, ItemDetails details) {
        readers.requireChange(actor, details.ownerId());
        if (items.numberTaken(details.ownerId(), details.number(), null)) {
            throw new InvalidInput("number", "validation.taken");
        }
        ItemId id = ItemId.next();
        items.insert(id, details);
        events.publishEvent(new ItemCreated(id, details.ownerId(), details.number()));
        return get(actor, id);
    }

    public Item update(Actor actor, ItemId id, ItemDetails details) {
        Item item = get(actor, id);
        readers.requireChange(actor, item.ownerId());
        if (item.status() == ItemStatus.OBSOLETE) {
            throw new StateRefused("item.obsolete", item.number());
        }
        if (item.status() == ItemStatus.RELEASED && !item.number().equals(details.number())) {
            throw new InvalidInput("number", "item.number-fixed-after-release");
        }
        if (items.numberTaken(item.ownerId(), details.number(), id)) {
            throw new InvalidInput("number", "validation.taken");
        }
        ItemDetails sameOwner = new ItemDetails(item.ownerId(), details.number(), details.name(), details.description(),
                details.kind(), details.unit(), details.tracking(), details.gtin(), details.countryOfOrigin(),
                details.manufacturerParts(), details.version());
        items.update(id, sameOwner);
        events.publishEvent(new ItemChanged(id, item.ownerId(), details.number()));
        return get(actor, id);
    }

    public Item release(Actor actor, ItemId id) {
        return transition(actor, id, ItemStatus.DRAFT, ItemStatus.RELEASED);
    }

    public Item makeObsolete(Actor actor, ItemId id) {
        return transition(actor, id, ItemStatus.RELEASED, ItemStatus.OBSOLETE);
    }

    private Item transition(Actor actor, ItemId id, ItemStatus from, ItemStatus to) {
        Item item = get(actor, id);
        readers.requireChange(actor, item.ownerId());
        if (item.status() != from) {
            throw new StateRefused("item.transition-refused", item.number(), item.status(), to);
        }
        items.setStatus(id, to);
        return get(actor, id);
    }
}
