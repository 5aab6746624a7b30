package org.jointline.supply;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.Tracking;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.internal.Access;
import org.jointline.supply.internal.Catalogue;
import org.jointline.supply.internal.DigitalLinks;
import org.jointline.supply.internal.Serials;
import org.jointline.supply.internal.Stock;
import org.jointline.supply.internal.StockQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Serial numbers: made in bulk, found by the text on a label (plain serial or GS1 Digital Link), and their history. */
@Service
@Transactional
public class SerialManagement {

    private final Access access;
    private final Catalogue catalogue;
    private final Serials serials;
    private final Stock stock;
    private final StockQueries queries;
    private final ApplicationEventPublisher events;
    private final org.jointline.supply.internal.Labels labels;
    private final org.jointline.supply.internal.Lots lots;

    SerialManagement(Access access, Catalogue catalogue, Serials serials, Stock stock, StockQueries queries,
                     ApplicationEventPublisher events, org.jointline.supply.internal.Labels labels,
                     org.jointline.supply.internal.Lots lots) {
        this.labels = labels;
        this.lots = lots;
        this.access = access;
        this.catalogue = catalogue;
        this.serials = serials;
        this.stock = stock;
        this.queries = queries;
        this.events = events;
    }

    /** Makes up to 10,000 serials in one statement, received into a location or PLANNED at a facility. */
    public CreatedSerials create(Actor actor, SerialBatch batch) {
        Item item = catalogue.item(batch.item(), "item");
        if (item.tracking() != Tracking.SERIAL) {
            throw new InvalidInput("item", "supply.not-serialized", item.number());
        }
        List<String> numbers = numbers(item, batch);
        if (batch.location() != null) {
            Location location = stock.location(actor, batch.location(), "location", true);
            Stock.Change change = stock.put(actor, new Stock.Inbound(item, location, null, batch.lotNumber(), null, null,
                    batch.supplier(), null, numbers, MoveKind.RECEIPT, null, null, batch.document()));
            events.publishEvent(StockManagement.received(actor, change, batch.document()));
            events.publishEvent(new SerialsCreated(item.id(), StockManagement.lotId(change), change.serials(),
                    location.facility(), location.id(), batch.document(), change.at(), StockManagement.organisation(actor)));
            return created(item, SerialState.IN_STOCK, location.id(), change.serials());
        }
        if (batch.facility() == null) {
            throw new InvalidInput("facility", "supply.facility-or-location");
        }
        Facility facility = access.handle(actor, batch.facility());
        var inserted = serials.insertNew(item.id(), numbers, null, batch.supplier(), SerialState.PLANNED, null, facility.id(),
                batch.document());
        if (!inserted.conflicting().isEmpty()) {
            throw new InvalidInput("serials", "supply.serial-exists", inserted.conflicting().getFirst(), item.number());
        }
        events.publishEvent(new SerialsCreated(item.id(), null, numbers, facility.id(), null, batch.document(),
                java.time.Instant.now(), StockManagement.organisation(actor)));
        return created(item, SerialState.PLANNED, null, numbers);
    }

    private static List<String> numbers(Item item, SerialBatch batch) {
        if (batch.scheme() == SerialScheme.LIST) {
            if (batch.serials().isEmpty()) {
                throw new InvalidInput("serials", "supply.serials-required", item.number());
            }
            return batch.serials().stream().map(s -> s == null ? "" : s.strip()).toList();
        }
        if (batch.count() == null) {
            throw new InvalidInput("count", "supply.count-required");
        }
        String prefix = batch.prefix() == null ? "" : batch.prefix().strip();
        long start = batch.start() == null ? 1 : batch.start();
        int digits = batch.digits() == null ? 6 : batch.digits();
        if (String.valueOf(start + batch.count() - 1).length() > digits) {
            throw new InvalidInput("digits", "supply.counter-overflow", digits);
        }
        List<String> numbers = new ArrayList<>(batch.count());
        for (long n = start; n < start + batch.count(); n++) {
            String counter = Long.toString(n);
            numbers.add(prefix + "0".repeat(digits - counter.length()) + counter);
        }
        if (batch.scheme() == SerialScheme.SGTIN) {
            if (item.gtin() == null) {
                throw new InvalidInput("scheme", "supply.sgtin-needs-gtin", item.number());
            }
            if (!DigitalLinks.validSerial(numbers.getLast()) || !DigitalLinks.validSerial(numbers.getFirst())) {
                throw new InvalidInput("prefix", "supply.sgtin-serial-invalid", numbers.getLast());
            }
        }
        return numbers;
    }

    private static CreatedSerials created(Item item, SerialState state, LocationId location, List<String> numbers) {
        List<String> links = item.gtin() == null ? List.of()
                : numbers.stream().map(n -> DigitalLinks.serial(item.gtin(), n)).toList();
        return new CreatedSerials(item.id(), numbers.size(), state, location, numbers, links);
    }

    /** The serials visible to the actor written exactly so (or named by a GS1 Digital Link URI), of any item. */
    @Transactional(readOnly = true)
    public List<SerialNumber> find(Actor actor, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return serials.bySerial(key(text), visible(actor));
    }

    /** The one serial of this item, for production's scans. */
    @Transactional(readOnly = true)
    public SerialNumber get(Actor actor, ItemId item, String serial) {
        SerialNumber found = serials.find(item, key(serial))
                .orElseThrow(() -> new NotFound("serial", serial));
        return visibleOrHidden(actor, found);
    }

    @Transactional(readOnly = true)
    public SerialNumber get(Actor actor, SerialId id) {
        SerialNumber found = serials.find(id).orElseThrow(() -> new NotFound("serial", id));
        try {
            return visibleOrHidden(actor, found);
        } catch (NotFound hidden) {
            throw new NotFound("serial", id); // the refusal names what was asked for, never the serial number behind it
        }
    }

    @Transactional(readOnly = true)
    public PageResult<SerialNumber> list(Actor actor, ItemId item, SerialState state, PageQuery query) {
        return serials.page(visible(actor), item, state, query);
    }

    @Transactional(readOnly = true)
    public List<StockMove> history(Actor actor, SerialId id) {
        get(actor, id);
        return queries.moves(access.visible(actor).keySet().stream().map(FacilityId::value).toArray(UUID[]::new), null, id,
                new PageQuery(0, PageQuery.MAX_SIZE, null)).items();
    }

    /** The GS1 Digital Link URI of the serial, if its item has a GTIN. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> digitalLink(SerialNumber serial) {
        String gtin = catalogue.item(serial.item(), "item").gtin();
        return gtin == null ? java.util.Optional.empty() : java.util.Optional.of(DigitalLinks.serial(gtin, serial.serial()));
    }

    /**
     * A PDF sheet of labels with QR codes: for the serials given (that the actor can see), or for a lot. The QR
     * code carries the GS1 Digital Link when the item has a GTIN, else {@code ITEM|S|serial} or {@code ITEM|L|lot}.
     */
    @Transactional(readOnly = true)
    public byte[] labels(Actor actor, ItemId itemId, List<String> serialNumbers, LotId lotId) {
        Item item = catalogue.item(itemId, "item");
        List<org.jointline.supply.internal.Labels.Label> sheet = new ArrayList<>();
        if (lotId != null) {
            Lot lot = lots.find(lotId).filter(l -> l.item().equals(itemId)).orElseThrow(() -> new NotFound("lot", lotId));
            String payload = item.gtin() == null ? item.number() + "|L|" + lot.lotNumber() : DigitalLinks.lot(item.gtin(), lot.lotNumber());
            sheet.add(new org.jointline.supply.internal.Labels.Label(payload, item.number(), item.name(), "LOT " + lot.lotNumber()));
        }
        if (serialNumbers.size() > MAX_LABELS) {
            throw new InvalidInput("serials", "supply.too-many-labels", MAX_LABELS);
        }
        for (String text : serialNumbers) {
            SerialNumber serial = get(actor, itemId, text);
            String payload = item.gtin() == null ? item.number() + "|S|" + serial.serial() : DigitalLinks.serial(item.gtin(), serial.serial());
            sheet.add(new org.jointline.supply.internal.Labels.Label(payload, item.number(), item.name(), "SN " + serial.serial()));
        }
        if (sheet.isEmpty()) {
            throw new InvalidInput("serials", "supply.labels-empty");
        }
        return labels.sheet(sheet);
    }

    static final int MAX_LABELS = 2_400;

    /** The serial a scanned text names: a plain serial, a GS1 Digital Link, or our {@code ITEM|S|serial}. */
    private static String key(String text) {
        String stripped = text.strip();
        int marker = stripped.indexOf("|S|");
        if (marker > 0) {
            return stripped.substring(marker + 3);
        }
        return DigitalLinks.keyOf(stripped).orElse(stripped);
    }

    private SerialNumber visibleOrHidden(Actor actor, SerialNumber serial) {
        UUID[] visible = visible(actor);
        if (visible != null && (serial.facility() == null
                || java.util.Arrays.stream(visible).noneMatch(serial.facility().value()::equals))) {
            throw new NotFound("serial", serial.serial());
        }
        return serial;
    }

    private UUID[] visible(Actor actor) {
        return actor.isAdministrator() ? null
                : access.visible(actor).keySet().stream().map(FacilityId::value).toArray(UUID[]::new);
    }
}
