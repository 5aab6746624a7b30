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
import org.junit.jupiter.api.Test;
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
                    || (SELECT count(*) FROM supply.serial WHERE state = 'IN_STOCK') || '/'
                    || (SELECT string_agg(status, ',' ORDER BY id) FROM supply.shipment) || '/'
                    || (SELECT string_agg(status, ',' ORDER BY id) FROM supply.purchase_order)""").query(String.class).single();
    }
}
