package org.jointline.supply;

import java.util.List;
import java.util.Map;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.Facility;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jointline.RouteProbe;
import org.jointline.RouteProbe.Route;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A Dnipro engineer (a programme partner, but no stock role) reaches nothing of Carpathian's stock or orders on the
 * pages and the API (a shipment to Lviv is Dnipro's business too, so it is visible), and neither the engineer nor a
 * Dnipro operator changes anything at Carpathian's plant or dispatches its shipment.
 */
@JointlineTest
class SupplyTenancyTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    SupplyFixture fixture;

    @Autowired
    void fixture(org.jointline.engineering.ItemManagement items, org.jointline.partners.FacilityManagement facilities,
                 org.jointline.platform.security.Accounts accounts) {
        fixture = new SupplyFixture(items, facilities, accounts);
    }
    @Autowired StockManagement stock;
    @Autowired PurchaseOrderManagement orders;
    @Autowired ShipmentManagement shipments;
    @Autowired ItemManagement items;
    @Autowired SerialManagement serials;
    @Autowired SupplierManagement suppliers;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    /** Path variables that name a record of a facility's or a buyer's: another organisation must be refused. */
    static final Set<Class<?>> RECORDS = Set.of(PurchaseOrderId.class, ShipmentId.class, FacilityId.class, LotId.class, SerialId.class);

    @Test
    void theRouteListCoversPagesAndApi() {
        assertThat(routes()).extracting(Route::pattern).contains("/api/v1/supply/lots/{id}", "/api/v1/supply/serials/{id}/history",
                "/api/v1/supply/purchase-orders/{id}/receipts", "/supply/orders/{id}/receipts", "/supply/shipments/{id}/receive",
                "/supply/stock/{action:adjust|count|move}", "/supply/locations", "/supply/parts", "/supply/shipments");
    }

    /**
     * Every supply route, pages and API, read from Spring MVC's mappings, called by people of three other
     * organisations with Carpathian's record IDs in the path, bodies and form fields: nothing shown, nothing changed.
     */
    @TestFactory
    Stream<DynamicTest> everyRouteRefusesAnotherOrganisationsRecords() {
        String token = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Actor buyer = fixture.actor("buyer.ro");
        Facility brasov = fixture.facility("BRV-1");
        Facility bucharest = fixture.facility("BUC-W");
        Location store = stock.location(buyer, brasov.id(), LocationKind.WAREHOUSE);
        Location line = stock.location(buyer, brasov.id(), LocationKind.LINE_SIDE);
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        Item motor = fixture.item("Motor", Tracking.SERIAL, UnitOfMeasure.EA);
        Supplier valtellina = suppliers.suppliers(buyer, new PageQuery(0, 5, "Valtellina")).items().getFirst();
        stock.receive(buyer, new Receipt(frame.id(), store.id(), BigDecimal.TEN, "LOT-" + token, "SL-" + token, null,
                "CERT-" + token, null, "DOC-" + token, null));
        stock.receive(buyer, new Receipt(motor.id(), store.id(), null, null, null, null, null, List.of("SER-" + token), null, null));
        Lot lot = stock.lots(buyer, frame.id()).getFirst();
        stock.addLocation(buyer, brasov.id(), new LocationDetails("LOC-" + token, "Probe shelf", LocationKind.SHELF, null));
        PurchaseOrder order = orders.create(buyer, new OrderDetails(valtellina.id(), brasov.id(), "EUR", "REF-" + token,
                List.of(new OrderDetails.Line(frame.id(), BigDecimal.TEN, BigDecimal.ONE, null))));
        orders.confirm(buyer, order.id());
        Shipment shipment = shipments.create(buyer, new ShipmentDetails(brasov.id(), bucharest.id(), "NOTE-" + token,
                List.of(new ShipmentDetails.Line(frame.id(), lot.id(), null, BigDecimal.ONE, store.id(), null))));
        SupplierPart part = suppliers.addPart(buyer, new SupplierPartDetails(valtellina.id(), frame.id(), null, null, "EUR",
                List.of(), 5, "IT", true, null));

        Map<Class<?>, Object> targets = new HashMap<>();
        targets.put(PurchaseOrderId.class, order.id());
        targets.put(ShipmentId.class, shipment.id());
        targets.put(FacilityId.class, brasov.id());
        targets.put(LotId.class, lot.id());
        targets.put(SerialId.class, serials.get(buyer, motor.id(), "SER-" + token).id());
        targets.put(ItemId.class, frame.id());
        targets.put(SupplierPartId.class, part.id());
        targets.put(OrganisationId.class, valtellina.id());
        targets.put(String.class, "dispatch");
        Map<Class<?>, Object> samples = samples(frame, motor, lot, store, line, brasov, fixture.facility("LVV-1"), valtellina,
                order.lines().getFirst().id());
        Set<String> secrets = Set.of("LOT-" + token, "SL-" + token, "CERT-" + token, "SER-" + token, "LOC-" + token,
                "REF-" + token, "NOTE-" + token, order.number(), shipment.number());
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("facility", brasov.id().toString());
        form.put("origin", brasov.id().toString());
        form.put("destination", fixture.facility("LVV-1").id().toString());
        form.put("location", store.id().toString());
        form.put("from", store.id().toString());
        form.put("to", line.id().toString());
        form.put("item", frame.number());
        form.put("lot", "LOT-" + token);
        form.put("quantity", "1");
        form.put("difference", "-1");
        form.put("counted", "1");
        form.put("reason", "probe");
        form.put("code", "HACK");
        form.put("name", "Hack");
        form.put("kind", "SHELF");
        form.put("line", order.lines().getFirst().id().toString());
        form.put("supplier", valtellina.id().toString());
        form.put("currency", "EUR");
        form.put("leadTimeDays", "1");
        form.put("pick", frame.id() + ":" + lot.id() + ":" + store.id());
        form.put("pickQuantity", "1");
        String before = snapshot();

        List<Route> routes = new java.util.ArrayList<>(routes());
        for (String action : List.of("adjust", "count", "move", "assess", "cancel")) {
            Route template = routes.stream().filter(r -> r.pattern().contains(action.equals("assess") || action.equals("cancel")
                    ? "{action:assess" : "{action:adjust")).findFirst().orElseThrow();
            routes.add(new Route(template.method(), template.pattern().replaceAll("\\{action:[^}]*}", action), template.handler()));
        }
        Stream<DynamicTest> probes = Stream.of("engineer.ua", "operator.ua", "acceptance.ua", "acceptance.ro").flatMap(user ->
                routes.stream().map(route -> DynamicTest.dynamicTest(user + " " + route, () -> {
                    AbstractMockHttpServletRequestBuilder<?> request = RouteProbe.request(route, targets::get, samples::get, json,
                            as(accounts, user));
                    form.forEach(request::param);
                    var result = mvc.perform(request).andReturn();
                    boolean names = java.util.Arrays.stream(route.handler().getMethodParameters())
                            .anyMatch(p -> p.hasParameterAnnotation(PathVariable.class) && RECORDS.contains(p.getParameterType()));
                    RouteProbe.assertNothingReached(route, result, secrets, names || !"GET".equals(route.method().name()));
                })));
        return Stream.concat(probes, Stream.of(DynamicTest.dynamicTest("nothing of Carpathian's changed",
                () -> assertThat(snapshot()).isEqualTo(before))));
    }

    private Map<Class<?>, Object> samples(Item frame, Item motor, Lot lot, Location store, Location line, Facility brasov,
                                          Facility lviv, Supplier supplier, PurchaseOrderLineId orderLine) {
        Map<Class<?>, Object> samples = new HashMap<>();
        samples.put(Receipt.class, new Receipt(frame.id(), store.id(), BigDecimal.ONE, lot.lotNumber(), null, null, null, null, null, null));
        samples.put(Transfer.class, new Transfer(frame.id(), lot.id(), null, BigDecimal.ONE, store.id(), line.id(), "probe", null));
        samples.put(Consumption.class, new Consumption(frame.id(), lot.id(), null, BigDecimal.ONE, store.id(), "WO-PROBE"));
        samples.put(ProducedUnit.class, new ProducedUnit(motor.id(), "PROBE-1", store.id(), "WO-PROBE"));
        samples.put(Scrap.class, new Scrap(frame.id(), lot.id(), null, BigDecimal.ONE, store.id(), "probe", null));
        samples.put(Adjustment.class, new Adjustment(frame.id(), lot.id(), store.id(), BigDecimal.ONE.negate(), null, "probe"));
        samples.put(SerialBatch.class, new SerialBatch(motor.id(), SerialScheme.PATTERN, "PRB-", 1L, 2, 4, null, brasov.id(),
                store.id(), null, null, null));
        samples.put(ShipmentDetails.class, new ShipmentDetails(brasov.id(), lviv.id(), "probe",
                List.of(new ShipmentDetails.Line(frame.id(), lot.id(), null, BigDecimal.ONE, store.id(), null))));
        samples.put(ShipmentReceipt.class, new ShipmentReceipt(store.id(), List.of()));
        samples.put(LocationDetails.class, new LocationDetails("HACK", "Hack", LocationKind.SHELF, null));
        samples.put(OrderDetails.class, new OrderDetails(supplier.id(), brasov.id(), "EUR", null,
                List.of(new OrderDetails.Line(frame.id(), BigDecimal.ONE, null, null))));
        samples.put(OrderReceipt.class, new OrderReceipt(orderLine, BigDecimal.ONE, store.id(), "HACK", null, null, null, "probe"));
        samples.put(SupplierPartDetails.class, new SupplierPartDetails(supplier.id(), frame.id(), "HACK", null, "EUR", List.of(),
                1, null, false, null));
        return samples;
    }

    private List<Route> routes() {
        return RouteProbe.routes(mappings, "org.jointline.supply");
    }

    @Test
    void anotherOrganisationSeesAndChangesNothing() throws Exception {
        Actor buyer = fixture.actor("buyer.ro");
        Facility brasov = fixture.facility("BRV-1");
        Location store = stock.location(buyer, brasov.id(), LocationKind.WAREHOUSE);
        Item motor = items.byNumber(buyer, "CAS-3002", null).orElseThrow();
        PurchaseOrder order = orders.list(buyer, null, new PageQuery(0, 1, null)).items().getFirst();
        Shipment shipment = shipments.list(buyer, null, new PageQuery(0, 1, null)).items().getFirst();
        String before = snapshot();

        for (String path : List.of("/api/v1/supply/facilities/" + brasov.id() + "/stock",
                "/api/v1/supply/facilities/" + brasov.id() + "/locations",
                "/api/v1/supply/items/" + motor.id() + "/stock/" + brasov.id(),
                "/api/v1/supply/purchase-orders/" + order.id(), "/supply/orders/" + order.id(),
                "/supply/stock?facility=" + brasov.id())) {
            mvc.perform(get(path).with(as(accounts, "engineer.ua"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/supply/serials/lookup").param("serial", "MOT-BRV-0001").with(as(accounts, "engineer.ua")))
                .andExpect(status().isOk()).andExpect(content().string("[]"));
        mvc.perform(get("/api/v1/supply/purchase-orders").with(as(accounts, "engineer.ua")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(order.number()))));
        mvc.perform(get("/api/v1/supply/items/" + motor.id() + "/stock").with(as(accounts, "engineer.ua")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("BRV-1"))));

        Map<String, Object> receipt = Map.of("item", motor.id().toString(), "location", store.id().toString(), "serials", List.of("X-1"));
        Map<String, Object> consume = Map.of("item", motor.id().toString(), "serials", List.of("MOT-BRV-0001"), "reference", "WO-X");
        for (String user : List.of("engineer.ua", "operator.ua")) {
            send(user, "/api/v1/supply/receipts", receipt);
            send(user, "/api/v1/supply/consumptions", consume);
            send(user, "/api/v1/supply/shipments/" + shipment.id() + "/dispatch", Map.of());
            send(user, "/api/v1/supply/purchase-orders/" + order.id() + "/confirm", Map.of());
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    private void send(String user, String path, Map<String, Object> body) throws Exception {
        int status = mvc.perform(post(path).with(as(accounts, user)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body))).andReturn().getResponse().getStatus();
        assertThat(status).as("%s %s", user, path).isIn(403, 404, 409, 422);
    }

    private String snapshot() {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM supply.stock_move) || '/' || (SELECT sum(quantity) FROM supply.on_hand) || '/'
                    || (SELECT count(*) FROM supply.serial) || '/' || (SELECT count(*) FROM supply.lot) || '/'
                    || (SELECT count(*) FROM supply.location) || '/' || (SELECT sum(version) FROM supply.supplier_part) || '/'
                    || (SELECT count(*) FROM supply.supplier_part) || '/' || (SELECT sum(received) FROM supply.purchase_order_line) || '/'
                    || (SELECT count(*) FROM supply.serial WHERE state = 'IN_STOCK') || '/'
                    || (SELECT string_agg(status, ',' ORDER BY id) FROM supply.shipment) || '/'
                    || (SELECT string_agg(status, ',' ORDER BY id) FROM supply.purchase_order)""").query(String.class).single();
    }
}
