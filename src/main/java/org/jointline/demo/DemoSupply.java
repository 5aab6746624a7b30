package org.jointline.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.MemberRole;
import org.jointline.partners.MembershipDetails;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Installation;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.jointline.platform.security.Accounts;
import org.jointline.supply.Location;
import org.jointline.supply.LocationKind;
import org.jointline.supply.OrderDetails;
import org.jointline.supply.OrderReceipt;
import org.jointline.supply.PriceBreak;
import org.jointline.supply.PurchaseOrder;
import org.jointline.supply.PurchaseOrderManagement;
import org.jointline.supply.Receipt;
import org.jointline.supply.ShipmentDetails;
import org.jointline.supply.ShipmentManagement;
import org.jointline.supply.StockManagement;
import org.jointline.supply.SupplierManagement;
import org.jointline.supply.SupplierPartDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supply for the demo drone: two suppliers with their parts, stock of every CAS-FPV7 component at Brașov and Lviv
 * (serialized motors, ESCs, flight controllers, cameras and video transmitters at line-side, enough for more than
 * five drones at each), a purchase order partly received, and a draft shipment Brașov → Lviv.
 */
@Component
@Order(50)
class DemoSupply implements ApplicationRunner {

    static final String FACT = "demo-supply";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSupply.class);
    private static final Actor LOADER = new Actor(UUID.randomUUID(), "demo-loader", "Demo loader", UUID.randomUUID(),
            Set.of(Role.ADMINISTRATOR));

    private final Installation installation;
    private final Accounts accounts;
    private final ItemManagement items;
    private final FacilityManagement facilities;
    private final OrganisationManagement organisations;
    private final ProgrammeManagement programmes;
    private final SupplierManagement suppliers;
    private final StockManagement stock;
    private final PurchaseOrderManagement orders;
    private final ShipmentManagement shipments;
    private final boolean enabled;

    DemoSupply(Installation installation, Accounts accounts, ItemManagement items, FacilityManagement facilities,
               OrganisationManagement organisations, ProgrammeManagement programmes, SupplierManagement suppliers,
               StockManagement stock, PurchaseOrderManagement orders, ShipmentManagement shipments,
               @Value("${jointline.demo:false}") boolean enabled) {
        this.installation = installation;
        this.accounts = accounts;
        this.items = items;
        this.facilities = facilities;
        this.organisations = organisations;
        this.programmes = programmes;
        this.suppliers = suppliers;
        this.stock = stock;
        this.orders = orders;
        this.shipments = shipments;
        this.enabled = enabled;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (!enabled || installation.fact(DemoProgramme.FACT).isEmpty() || installation.fact(FACT).isPresent()) {
            return;
        }
        load();
        installation.record(FACT, java.time.LocalDate.now().toString());
        LOG.info("Loaded the demo supply: stock of CAS-FPV7 components at BRV-1 and LVV-1, suppliers, a purchase order.");
    }

    private void load() {
        Actor buyer = actor("buyer.ro");
        Actor lvivOperator = actor("operator.ua");
        OrganisationId valtellina = organisation("Valtellina Motori SpA");
        OrganisationId skyparts = organisations.register(LOADER, new OrganisationDetails("Shenzhen SkyParts Electronics Co., Ltd",
                OrganisationKind.SUPPLIER, "CN", "Shenzhen", "91440300MA5FXXXX1", null)).id();
        programmes.addMember(LOADER, programmes.list(LOADER, new PageQuery(0, 1, null)).items().getFirst().id(),
                new MembershipDetails(skyparts, MemberRole.SUPPLIER));

        part(buyer, valtellina, "CAS-3002", "VM-2807-1300", "EUR", 28, "IT", "24.00", "19.50");
        part(buyer, skyparts, "CAS-3001", "SP-CF7-FRAME", "USD", 45, "CN", "18.00", "14.00");
        part(buyer, skyparts, "CAS-3003", "SP-7040-3", "USD", 30, "CN", "0.90", "0.60");
        part(buyer, skyparts, "CAS-3004", "SP-ESC55-4IN1", "USD", 40, "CN", "42.00", "36.00");
        part(buyer, skyparts, "CAS-3005", "SP-CAM-1200TVL", "USD", 40, "CN", "19.00", "16.00");
        part(buyer, skyparts, "CAS-3006", "SP-VTX-58-1W", "USD", 40, "CN", "25.00", "21.00");
        part(buyer, skyparts, "CAS-3007", "SP-6S2200", "USD", 60, "CN", "31.00", "27.00");
        part(buyer, skyparts, "CAS-1005", "SP-FC7-PCB2", "USD", 35, "CN", "3.20", "2.10");

        stockUp(buyer, "BRV-1", "BRV");
        stockUp(lvivOperator, "LVV-1", "LVV");

        Facility brasov = facility("BRV-1");
        Location receiving = stock.location(buyer, brasov.id(), LocationKind.RECEIVING);
        PurchaseOrder order = orders.create(buyer, new OrderDetails(valtellina, brasov.id(), "EUR", "VM-SO-2026-311", List.of(
                new OrderDetails.Line(item("CAS-3002"), new BigDecimal("200"), new BigDecimal("19.50"), java.time.LocalDate.now().plusDays(28)))));
        order = orders.confirm(buyer, order.id());
        orders.receive(buyer, order.id(), new OrderReceipt(order.lines().getFirst().id(), null, receiving.id(), null,
                "VM-LOT-2611", "EN 10204 3.1 no. VM-26-4410", serials("VM-2807-", 1, 20), null));

        Location store = stock.location(buyer, brasov.id(), LocationKind.WAREHOUSE);
        shipments.create(buyer, new ShipmentDetails(brasov.id(), facility("LVV-1").id(), "Frames for Lviv line 1", List.of(
                new ShipmentDetails.Line(item("CAS-3001"), stock.lots(buyer, item("CAS-3001")).stream()
                        .filter(l -> l.lotNumber().equals("FR-BRV-2611B")).findFirst().orElseThrow().id(), null,
                        new BigDecimal("5"), store.id(), null))));
    }

    /** Enough of every CAS-FPV7 component for ten drones at line-side, and more frames in the store. */
    private void stockUp(Actor actor, String facilityCode, String tag) {
        Facility facility = facility(facilityCode);
        Location line = stock.location(actor, facility.id(), LocationKind.LINE_SIDE);
        Location store = stock.location(actor, facility.id(), LocationKind.WAREHOUSE);
        String document = "OPENING-" + tag;
        serialized(actor, "CAS-3002", line, serials("MOT-" + tag + "-", 1, 40), document);
        serialized(actor, "CAS-3004", line, serials("ESC-" + tag + "-", 1, 10), document);
        serialized(actor, "CAS-2001", line, serials("FC7-" + tag + "-", 1, 10), document);
        serialized(actor, "CAS-3005", line, serials("CAM-" + tag + "-", 1, 10), document);
        serialized(actor, "CAS-3006", line, serials("VTX-" + tag + "-", 1, 10), document);
        lot(actor, "CAS-3001", line, "10", "FR-" + tag + "-2611A", document);
        lot(actor, "CAS-3001", store, "30", "FR-" + tag + "-2611B", document);
        lot(actor, "CAS-3003", line, "40", "PR-" + tag + "-2611", document);
        lot(actor, "CAS-3007", line, "10", "BAT-" + tag + "-2611", document);
        lot(actor, "CAS-1005", store, "50", "PCB-" + tag + "-2611", document);
        for (String untracked : List.of("CAS-1001", "CAS-1002", "CAS-1003")) {
            stock.receive(actor, new Receipt(item(untracked), store.id(), new BigDecimal("50"), null, null, null, null, null, document, null));
        }
        stock.receive(actor, new Receipt(item("CAS-1004"), store.id(), new BigDecimal("2000"), null, null, null, null, null, document, null));
    }

    private void serialized(Actor actor, String number, Location location, List<String> serials, String document) {
        stock.receive(actor, new Receipt(item(number), location.id(), null, null, null, null, null, serials, document, null));
    }

    private void lot(Actor actor, String number, Location location, String quantity, String lot, String document) {
        stock.receive(actor, new Receipt(item(number), location.id(), new BigDecimal(quantity), lot, null, null, null, null, document, null));
    }

    private void part(Actor buyer, OrganisationId supplier, String number, String sku, String currency, int leadTime,
                      String origin, String price, String volumePrice) {
        Item item = items.byNumber(LOADER, number, null).orElseThrow();
        String mpn = item.manufacturerParts().isEmpty() ? sku : item.manufacturerParts().getFirst().mpn();
        suppliers.addPart(buyer, new SupplierPartDetails(supplier, item.id(), mpn, sku, currency,
                List.of(new PriceBreak(BigDecimal.ONE, new BigDecimal(price)), new PriceBreak(new BigDecimal("500"), new BigDecimal(volumePrice))),
                leadTime, origin, true, null));
    }

    private static List<String> serials(String prefix, int from, int count) {
        return IntStream.range(from, from + count).mapToObj(n -> prefix + String.format("%04d", n)).toList();
    }

    private ItemId item(String number) {
        return items.byNumber(LOADER, number, null).orElseThrow().id();
    }

    private Facility facility(String code) {
        return facilities.list(LOADER, new PageQuery(0, 50, null), null).items().stream()
                .filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }

    private OrganisationId organisation(String name) {
        return organisations.choices(LOADER).stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }
}
