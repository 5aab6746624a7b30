package org.jointline.supply;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.platform.Actor;
import org.jointline.platform.StateRefused;
import org.jointline.supply.internal.Access;
import org.jointline.supply.internal.Catalogue;
import org.jointline.supply.internal.Ledger;
import org.jointline.supply.internal.Locations;
import org.jointline.supply.internal.Serials;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serials that production installed into its units (state INSTALLED, in no location): one taken out again goes
 * back into stock (to quarantine, until someone decides), and those inside a scrapped unit are scrapped with it.
 * Added by the production module; the only two ways an installed serial changes state.
 */
@Service
@Transactional
public class InstalledSerials {

    private final Access access;
    private final Catalogue catalogue;
    private final Serials serials;
    private final Ledger ledger;
    private final Locations locations;
    private final ApplicationEventPublisher events;

    InstalledSerials(Access access, Catalogue catalogue, Serials serials, Ledger ledger, Locations locations,
                     ApplicationEventPublisher events) {
        this.access = access;
        this.catalogue = catalogue;
        this.serials = serials;
        this.ledger = ledger;
        this.locations = locations;
        this.events = events;
    }

    /** An installed serial comes back into stock at the facility's quarantine location. */
    public StockReceived returnToStock(Actor actor, FacilityId facility, ItemId itemId, String serial, String document) {
        access.handle(actor, facility);
        Item item = catalogue.item(itemId, "item");
        locations.ensureStandard(facility);
        Location quarantine = locations.firstOfKind(facility, LocationKind.QUARANTINE).orElseThrow();
        List<Serials.Taken> taken = serials.lock(itemId, List.of(serial), SerialState.INSTALLED, null);
        if (taken.isEmpty()) {
            throw new StateRefused("supply.serial-not-in-stock", serial, item.number(), "");
        }
        Serials.Taken t = taken.getFirst();
        serials.place(List.of(t.id()), SerialState.IN_STOCK, quarantine.id(), facility, document);
        ledger.add(itemId, t.lot(), quarantine, BigDecimal.ONE);
        Instant at = ledger.record(actor, List.of(new Ledger.Move(MoveKind.ADJUSTMENT, itemId, t.lot(), t.id(), BigDecimal.ONE,
                null, quarantine.id(), facility, "removed from a unit", document)));
        StockReceived received = new StockReceived(itemId, t.lot(), null, List.of(serial), BigDecimal.ONE, facility,
                quarantine.id(), document, at, StockManagement.organisation(actor));
        events.publishEvent(received);
        return received;
    }

    /** Installed serials leave for good with the unit they are in. */
    public StockScrapped scrap(Actor actor, FacilityId facility, ItemId itemId, List<String> installed, String reason,
                               String document) {
        access.handle(actor, facility);
        Item item = catalogue.item(itemId, "item");
        List<Serials.Taken> taken = serials.lock(itemId, installed, SerialState.INSTALLED, null);
        if (taken.size() != installed.size()) {
            throw new StateRefused("supply.serial-not-in-stock", String.join(", ", installed), item.number(), "");
        }
        serials.place(taken.stream().map(Serials.Taken::id).toList(), SerialState.SCRAPPED, null, facility, document);
        Instant at = ledger.record(actor, Ledger.perSerial(MoveKind.SCRAP, itemId, taken, null, facility, reason, document));
        StockScrapped scrapped = new StockScrapped(itemId, null, null, installed, BigDecimal.valueOf(installed.size()), facility,
                null, reason, document, at, StockManagement.organisation(actor));
        events.publishEvent(scrapped);
        return scrapped;
    }
}
