package org.jointline.supply;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.JointlineTest;
import org.jointline.compliance.ClassificationDetails;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.Regime;
import org.jointline.engineering.Item;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.Facility;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The supply forms write what they say, and bad input shows the page again with 422 naming the field while
 * nothing is written.
 */
@JointlineTest
class SupplyFormTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired PurchaseOrderManagement orders;
    @Autowired SupplierManagement suppliers;
    @Autowired StockManagement stock;
    @Autowired ShipmentManagement shipments;
    @Autowired Classifications classifications;
    SupplyFixture fixture;

    @Autowired
    void fixture(org.jointline.engineering.ItemManagement items, org.jointline.partners.FacilityManagement facilities) {
        fixture = new SupplyFixture(items, facilities, accounts);
    }

    Actor buyer;
    Facility brasov;
    Supplier valtellina;

    @BeforeEach
    void setUp() {
        buyer = fixture.actor("buyer.ro");
        brasov = fixture.facility("BRV-1");
        valtellina = suppliers.suppliers(buyer, new PageQuery(0, 20, "Valtellina")).items().getFirst();
    }

    @Test
    void aPurchaseOrderIsCreatedConfirmedAndReceivedThroughTheForms() throws Exception {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        mvc.perform(get("/supply/orders/new").with(as(accounts, "buyer.ro"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Valtellina")));
        long before = orders.list(buyer, null, new PageQuery(0, 1, null)).totalItems();
        invalid(post("/supply/orders").param("supplier", valtellina.id().toString()).param("facility", brasov.id().toString())
                .param("currency", "EUR").param("item", frame.number(), "").param("quantity", "ten", ""), "lines[0].quantity");
        invalid(post("/supply/orders").param("supplier", valtellina.id().toString()).param("facility", brasov.id().toString())
                .param("currency", "EUR").param("item", "NO-SUCH-ITEM").param("quantity", "3"), "lines[0].item");
        invalid(post("/supply/orders").param("facility", brasov.id().toString()).param("currency", "EUR")
                .param("item", frame.number()).param("quantity", "3"), "supplier");
        assertThat(orders.list(buyer, null, new PageQuery(0, 1, null)).totalItems()).isEqualTo(before);

        String location = mvc.perform(post("/supply/orders").with(as(accounts, "buyer.ro")).with(csrf())
                        .param("supplier", valtellina.id().toString()).param("facility", brasov.id().toString())
                        .param("currency", "EUR").param("supplierReference", "SO-FORM")
                        .param("item", frame.number(), "").param("quantity", "10", "").param("unitPrice", "4.5", "")
                        .param("dueDate", "2027-01-15", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        PurchaseOrderId id = PurchaseOrderId.of(location.substring(location.lastIndexOf('/') + 1));
        PurchaseOrder order = orders.get(buyer, id);
        assertThat(order.lines()).singleElement().satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("10"));

        mvc.perform(post("/supply/orders/{id}/confirm", id).with(as(accounts, "buyer.ro")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(orders.get(buyer, id).status()).isEqualTo(OrderStatus.CONFIRMED);
        mvc.perform(post("/supply/orders/{id}/confirm", id).with(as(accounts, "buyer.ro")).with(csrf()))
                .andExpect(status().isConflict()).andExpect(content().string(containsString("id=\"problem\"")));

        Location receiving = stock.location(buyer, brasov.id(), LocationKind.RECEIVING);
        String line = order.lines().getFirst().id().toString();
        mvc.perform(get("/supply/orders/{id}", id).with(as(accounts, "buyer.ro"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("receive-form")));
        invalid(post("/supply/orders/{id}/receipts", id).param("line", line).param("location", receiving.id().toString())
                .param("quantity", "12").param("lotNumber", "F-1"), "quantity");
        invalid(post("/supply/orders/{id}/receipts", id).param("line", line).param("location", receiving.id().toString())
                .param("quantity", "1.5").param("lotNumber", "F-1"), "quantity");
        assertThat(orders.get(buyer, id).lines().getFirst().received()).isEqualByComparingTo("0");
        assertThat(stock.lots(buyer, frame.id())).isEmpty();

        mvc.perform(post("/supply/orders/{id}/receipts", id).with(as(accounts, "buyer.ro")).with(csrf()).param("line", line)
                        .param("location", receiving.id().toString()).param("quantity", "4").param("lotNumber", "F-1")
                        .param("supplierLot", "VM-9").param("certificate", "3.1 no. 77"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/supply/orders/{id}/receipts", id).with(as(accounts, "buyer.ro")).with(csrf()).param("line", line)
                        .param("location", receiving.id().toString()).param("quantity", "7").param("lotNumber", "F-2")
                        .param("overReceiptReason", "Full carton accepted"))
                .andExpect(status().is3xxRedirection());
        PurchaseOrder received = orders.get(buyer, id);
        assertThat(received.status()).isEqualTo(OrderStatus.RECEIVED);
        assertThat(received.lines().getFirst().received()).isEqualByComparingTo("11");
        assertThat(stock.lots(buyer, frame.id())).extracting(Lot::supplierLot).contains("VM-9");
        mvc.perform(get("/supply/stock").param("facility", brasov.id().toString()).param("q", frame.number())
                .with(as(accounts, "buyer.ro"))).andExpect(status().isOk()).andExpect(content().string(containsString("F-2")));
    }

    @Test
    void stockIsAdjustedCountedAndMovedWithAReasonAndLocationsAreAdded() throws Exception {
        Item screw = fixture.item("Screw", Tracking.LOT, UnitOfMeasure.EA);
        Location store = stock.location(buyer, brasov.id(), LocationKind.WAREHOUSE);
        Location line = stock.location(buyer, brasov.id(), LocationKind.LINE_SIDE);
        Location lviv = stock.location(fixture.actor("operator.ua"), fixture.facility("LVV-1").id(), LocationKind.WAREHOUSE);
        stock.receive(buyer, new Receipt(screw.id(), store.id(), new BigDecimal("50"), "S-1", null, null, null, null, "test", null));
        String facility = brasov.id().toString();

        invalid(post("/supply/stock/adjust").param("facility", facility).param("item", screw.number()).param("lot", "S-1")
                .param("location", store.id().toString()).param("difference", "-5"), "reason");
        mvc.perform(post("/supply/stock/adjust").with(as(accounts, "buyer.ro")).with(csrf()).param("facility", facility)
                        .param("item", screw.number()).param("lot", "S-1").param("location", store.id().toString())
                        .param("difference", "-60").param("reason", "lost"))
                .andExpect(status().is4xxClientError()).andExpect(content().string(containsString("id=\"problem\"")));
        invalid(post("/supply/stock/count").param("facility", facility).param("item", screw.number()).param("lot", "S-9")
                .param("location", store.id().toString()).param("counted", "3").param("reason", "count"), "lot");
        invalid(post("/supply/stock/move").param("facility", facility).param("item", screw.number()).param("lot", "S-1")
                .param("from", store.id().toString()).param("to", lviv.id().toString()).param("quantity", "5"), "to");
        invalid(post("/supply/stock/move").param("facility", facility).param("item", screw.number()).param("lot", "S-1")
                .param("from", store.id().toString()).param("to", line.id().toString()).param("quantity", "x"), "quantity");
        assertThat(stock.onHand(buyer, screw.id(), brasov.id())).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualByComparingTo("50"));

        ok(post("/supply/stock/adjust").param("facility", facility).param("item", screw.number()).param("lot", "S-1")
                .param("location", store.id().toString()).param("difference", "-5").param("reason", "Damaged in handling"));
        ok(post("/supply/stock/count").param("facility", facility).param("item", screw.number()).param("lot", "S-1")
                .param("location", store.id().toString()).param("counted", "40").param("reason", "Cycle count"));
        ok(post("/supply/stock/move").param("facility", facility).param("item", screw.number()).param("lot", "S-1")
                .param("from", store.id().toString()).param("to", line.id().toString()).param("quantity", "15").param("reason", "Kitting"));
        assertThat(stock.onHand(buyer, screw.id(), brasov.id())).extracting(StockLine::locationCode, l -> l.quantity().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(store.code(), 25),
                        org.assertj.core.groups.Tuple.tuple(line.code(), 15));

        String code = "SH-" + screw.number().substring(1, 6);
        ok(post("/supply/locations").param("facility", facility).param("code", code).param("name", "Shelf for screws")
                .param("kind", "SHELF").param("parent", store.id().toString()));
        assertThat(stock.locations(buyer, brasov.id())).anyMatch(l -> l.code().equals(code) && store.id().equals(l.parent()));
        invalid(post("/supply/locations").param("facility", facility).param("code", code).param("name", "Again")
                .param("kind", "SHELF"), "code");
        invalid(post("/supply/locations").param("facility", facility).param("code", code + "X").param("name", "Bad kind")
                .param("kind", "ROOF"), "kind");
        assertThat(stock.locations(buyer, brasov.id())).noneMatch(l -> l.code().equals(code + "X"));
    }

    @Test
    void supplierPartsAreAddedSearchedAndPaged() throws Exception {
        Item motor = fixture.item("Motor", Tracking.SERIAL, UnitOfMeasure.EA);
        String mpn = "MPN-" + motor.number();
        invalid(post("/supply/parts").param("supplier", valtellina.id().toString()).param("item", motor.number())
                .param("currency", "EUR").param("mpn", mpn), "leadTimeDays");
        invalid(post("/supply/parts").param("supplier", valtellina.id().toString()).param("item", motor.number())
                .param("currency", "EURO").param("leadTimeDays", "10"), "currency");
        invalid(post("/supply/parts").param("supplier", valtellina.id().toString()).param("item", motor.number())
                .param("currency", "EUR").param("leadTimeDays", "10").param("unitPrice", "-1"), "prices[0].unitPrice");
        assertThat(suppliers.parts(buyer, null, motor.id())).isEmpty();

        ok(post("/supply/parts").param("supplier", valtellina.id().toString()).param("item", motor.number())
                .param("currency", "EUR").param("mpn", mpn).param("sku", "SKU-F").param("leadTimeDays", "21")
                .param("originCountry", "it").param("minQuantity", "1").param("unitPrice", "19.90").param("approved", "true"));
        assertThat(suppliers.parts(buyer, null, motor.id())).singleElement()
                .satisfies(p -> assertThat(p.originCountry()).isEqualTo("IT"));
        mvc.perform(get("/supply/suppliers").param("pq", mpn).with(as(accounts, "buyer.ro"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(mpn))).andExpect(content().string(containsString("parts-pager")));
        assertThat(suppliers.partsPage(buyer, new PageQuery(0, 5, mpn)).totalItems()).isEqualTo(1);
        assertThat(suppliers.partsPage(buyer, new PageQuery(0, 5, motor.number())).items()).extracting(SupplierPart::mpn).containsExactly(mpn);
        assertThat(suppliers.partsPage(buyer, new PageQuery(0, 1, null)).items()).hasSize(1);
    }

    @Test
    void aShipmentIsPickedFromStockAndReceivedWithADifference() throws Exception {
        Actor officer = fixture.actor("compliance.ro");
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        classifications.classify(officer, frame.id(), new ClassificationDetails(Regime.NOT_CONTROLLED, "NLR", "carbon frame, not listed"));
        Location store = stock.location(buyer, brasov.id(), LocationKind.WAREHOUSE);
        stock.receive(buyer, new Receipt(frame.id(), store.id(), new BigDecimal("20"), "FR-1", null, null, null, null, "test", null));
        Lot lot = stock.lots(buyer, frame.id()).getFirst();
        Facility lviv = fixture.facility("LVV-1");
        String pick = frame.id() + ":" + lot.id() + ":" + store.id();

        // other tests fill Brașov with stock: more lines than one page, so the frame is found by its number
        mvc.perform(get("/supply/shipments/new").param("origin", brasov.id().toString()).param("q", frame.number())
                        .with(as(accounts, "buyer.ro")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(frame.number())))
                .andExpect(content().string(containsString("id=\"pick-search\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"picks-more\""))));
        long before = shipments.list(buyer, null, new PageQuery(0, 1, null)).totalItems();
        invalid(post("/supply/shipments").param("origin", brasov.id().toString()).param("destination", lviv.id().toString())
                .param("pick", pick).param("pickQuantity", "25").param("pickSerials", ""), "lines[0].quantity");
        invalid(post("/supply/shipments").param("origin", brasov.id().toString())
                .param("pick", pick).param("pickQuantity", "5").param("pickSerials", ""), "destination");
        assertThat(shipments.list(buyer, null, new PageQuery(0, 1, null)).totalItems()).isEqualTo(before);

        String location = mvc.perform(post("/supply/shipments").with(as(accounts, "buyer.ro")).with(csrf())
                        .param("origin", brasov.id().toString()).param("destination", lviv.id().toString()).param("note", "Frames")
                        .param("pick", pick).param("pickQuantity", "6").param("pickSerials", ""))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ShipmentId id = ShipmentId.of(location.substring(location.lastIndexOf('/') + 1));
        assertThat(shipments.requestAssessment(buyer, id).outcome()).isEqualTo(Outcome.CLEARED);
        Shipment dispatched = shipments.dispatch(buyer, id);

        Location lvivStore = stock.location(fixture.actor("operator.ua"), lviv.id(), LocationKind.WAREHOUSE);
        String shipmentLine = dispatched.lines().getFirst().id().toString();
        mvc.perform(post("/supply/shipments/{id}/receive", id).with(as(accounts, "operator.ua")).with(csrf())
                        .param("location", lvivStore.id().toString()).param("line", shipmentLine).param("quantity", "many")
                        .param("serials", "").param("note", ""))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("lines[0].quantity")));
        assertThat(shipments.get(buyer, id).status()).isEqualTo(ShipmentStatus.DISPATCHED);

        mvc.perform(post("/supply/shipments/{id}/receive", id).with(as(accounts, "operator.ua")).with(csrf())
                        .param("location", lvivStore.id().toString()).param("line", shipmentLine).param("quantity", "5")
                        .param("serials", "").param("note", "one cracked in transit"))
                .andExpect(status().is3xxRedirection());
        Shipment received = shipments.get(buyer, id);
        assertThat(received.status()).isEqualTo(ShipmentStatus.RECEIVED);
        assertThat(received.discrepancies()).singleElement().satisfies(d -> assertThat(d.note()).contains("cracked"));
        assertThat(stock.available(fixture.actor("operator.ua"), frame.id(), lviv.id()).onHand()).isEqualByComparingTo("5");
        mvc.perform(get("/supply/shipments/{id}", id).with(as(accounts, "operator.ua"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("one cracked in transit")));
    }

    private void ok(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request.with(as(accounts, "buyer.ro")).with(csrf())).andExpect(status().is3xxRedirection());
    }

    /** 422 (or 409 for a refused state) with the page naming the field, as buyer.ro. */
    private ResultActions invalid(MockHttpServletRequestBuilder request, String field) throws Exception {
        ResultActions result = mvc.perform(request.with(as(accounts, "buyer.ro")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(containsString("id=\"problem\"")));
        if (field != null) {
            result.andExpect(content().string(containsString("<code id=\"problem-field\">" + field + "</code>")));
        }
        return result;
    }
}
