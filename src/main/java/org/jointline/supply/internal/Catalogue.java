package org.jointline.supply.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemChanged;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.Remembered;
import org.jointline.platform.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The facts supply needs about items (tracking, unit, GTIN, number), whoever owns them: stock at a facility is
 * the facility's business even when the design belongs to a partner. Only these facts leave engineering here.
 */
@Component
public class Catalogue {

    private static final UUID NOBODY = new UUID(0, 0);
    static final Actor SUPPLY = new Actor(NOBODY, "supply", "Supply", NOBODY, Set.of(Role.ADMINISTRATOR));

    private final ItemManagement items;
    /** Every scan, receipt and issue asks for its item: engineering is asked once, and again after a change. */
    private final Remembered<ItemId, Item> remembered = new Remembered<>();

    Catalogue(ItemManagement items) {
        this.items = items;
    }

    public Item item(ItemId id, String field) {
        Item item = id == null ? null : remembered.get(id, key -> items.getAll(SUPPLY, Set.of(key)).get(key));
        if (item == null) {
            throw new InvalidInput(field, "supply.unknown-item");
        }
        return item;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ItemChanged changed) {
        remembered.forget(changed.itemId());
    }

    public Map<ItemId, Item> items(Collection<ItemId> ids) {
        return items.getAll(SUPPLY, ids);
    }

    public java.util.Optional<Item> byNumber(String number) {
        return items.byNumber(SUPPLY, number, null);
    }

    /** Items whose number or name matches the search (at most a page of them), for filtering supply's own rows. */
    public java.util.List<ItemId> search(String text) {
        return items.list(SUPPLY, new org.jointline.platform.PageQuery(0, org.jointline.platform.PageQuery.MAX_SIZE, text), null)
                .items().stream().map(Item::id).toList();
    }

    /** Refuses a quantity that is not positive or has more decimals than the item's unit allows. */
    public static BigDecimal positive(Item item, BigDecimal quantity, String field) {
        if (quantity == null || quantity.signum() <= 0) {
            throw new InvalidInput(field, "supply.quantity-positive");
        }
        return fitsUnit(item, quantity, field);
    }

    public static BigDecimal fitsUnit(Item item, BigDecimal quantity, String field) {
        int decimals = item.unit().decimals();
        if (Math.max(quantity.stripTrailingZeros().scale(), 0) > decimals) {
            throw new InvalidInput(field, "supply.quantity-decimals", item.unit().name(), decimals);
        }
        return quantity;
    }
}
