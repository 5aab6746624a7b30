package org.jointline.supply;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.Facility;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The REST API: bad input is a problem document naming the field, and nothing changes. Demo stock is there. */
@JointlineTest
class SupplyApiTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    SupplyFixture fixture;

    @Autowired
    void fixture(org.jointline.engineering.ItemManagement items, org.jointline.partners.FacilityManagement facilities,
                 org.jointline.platform.security.Accounts accounts) {
        fixture = new SupplyFixture(items, facilities, accounts);
    }
    @Autowired StockManagement stock;
    @Autowired PurchaseOrderManagement orders;
    @Autowired ItemManagement items;

    Actor buyer;
    Facility brasov;
    Location store;

    @BeforeEach
    void setUp() {
        buyer = fixture.actor("buyer.ro");
        brasov = fixture.facility("BRV-1");
        store = stock.location(buyer, brasov.id(), LocationKind.WAREHOUSE);
    }

    @Test
    void aReceiptForAnUnknownOrderLineIsRefused() throws Exception {
        // Any order with lines: other test classes share the database and move the demo's orders on.
        PurchaseOrder order = orders.list(buyer, null, new PageQuery(0, 50, null)).items().stream()
                .map(o -> orders.get(buyer, o.id())).filter(o -> !o.lines().isEmpty()).findFirst().orElseThrow();
        BigDecimal received = order.lines().getFirst().received();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/supply/purchase-orders/{id}/receipts", order.id()).with(as(accounts, "buyer.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of(
                                "line", PurchaseOrderLineId.next().toString(), "location", store.id().toString(),
                                "serials", List.of("VM-X")))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("line"));
        assertThat(orders.get(buyer, order.id()).lines().getFirst().received()).isEqualByComparingTo(received);
    }

    @Test
    void aSerialThatExistsTooManyDecimalsAndAnotherFacilitysLocationAreClearErrors() throws Exception {
        Item motor = items.byNumber(buyer, "CAS-3002", null).orElseThrow();
        postRefused(Map.of("item", motor.id().toString(), "location", store.id().toString(), "serials", List.of("MOT-BRV-0001")),
                "/api/v1/supply/receipts", "serials");
        Item cap = fixture.item("Cap", Tracking.NONE, UnitOfMeasure.EA);
        postRefused(Map.of("item", cap.id().toString(), "location", store.id().toString(), "quantity", "2.5"),
                "/api/v1/supply/receipts", "quantity");
        stock.receive(buyer, new Receipt(cap.id(), store.id(), BigDecimal.TEN, null, null, null, null, null, null, null));
        Location lviv = stock.location(fixture.actor("admin"), fixture.facility("BUC-W").id(), LocationKind.WAREHOUSE);
        postRefused(Map.of("item", cap.id().toString(), "from", store.id().toString(), "to", lviv.id().toString(), "quantity", "1"),
                "/api/v1/supply/transfers", "to");
        assertThat(stock.available(buyer, cap.id(), brasov.id()).onHand()).isEqualByComparingTo("10");
    }

    @Test
    void theDemoHasComponentsAtLineSideInLviv() throws Exception {
        Item motor = items.byNumber(buyer, "CAS-3002", null).orElseThrow();
        Facility lviv = fixture.facility("LVV-1");
        mvc.perform(get("/api/v1/supply/items/{item}/stock/{facility}", motor.id(), lviv.id()).with(as(accounts, "operator.ua")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].locationCode").value("LINE"))
                .andExpect(jsonPath("$[0].quantity").value(40));
        mvc.perform(get("/api/v1/supply/serials/lookup").param("serial", "MOT-LVV-0005").with(as(accounts, "operator.ua")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].state").value("IN_STOCK"));
        mvc.perform(get("/api/v1/supply/serials/lookup").param("serial", "MOT-LVV-0005").with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());
    }

    @Autowired SupplyResilience resilience;

    @Test
    void resilienceShowsSingleSourcesAndWhatStoppingChinaLeavesUncovered() {
        Item drone = items.byNumber(buyer, "CAS-FPV7", null).orElseThrow();
        Resilience r = resilience.of(buyer, drone.id());
        assertThat(r.programmeCountries()).contains("RO", "UA").doesNotContain("CN");
        assertThat(r.components()).filteredOn(c -> c.number().equals("CAS-3002")).singleElement().satisfies(c -> {
            assertThat(c.singleSupplier()).isTrue();
            assertThat(c.countries()).containsExactly("IT");
            assertThat(c.valueEur()).isEqualByComparingTo("96.00");
        });
        assertThat(r.components()).filteredOn(c -> c.number().equals("CAS-1001")).singleElement()
                .satisfies(c -> assertThat(c.noSupplier()).isTrue());
        assertThat(r.outsideProgrammeShare()).isEqualByComparingTo("100.0");

        WhatIf china = resilience.whatIf(buyer, null, "CN");
        assertThat(china.components()).extracting(WhatIf.Component::number).contains("CAS-3004", "CAS-3001").doesNotContain("CAS-3002");
        Item camera = items.byNumber(buyer, "CAS-3004", null).orElseThrow();
        BigDecimal cameras = stock.availability(buyer, camera.id()).stream().map(FacilityStock::available)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(cameras).as("the demo's cameras in stock").isPositive();
        assertThat(china.components()).filteredOn(c -> c.number().equals("CAS-3004")).singleElement()
                .satisfies(c -> assertThat(c.available()).isEqualByComparingTo(cameras));
        assertThat(china.endItems()).extracting(WhatIf.EndItem::number).contains("CAS-FPV7");
    }

    private void postRefused(Map<String, Object> body, String path, String field) throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .with(as(accounts, "buyer.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
