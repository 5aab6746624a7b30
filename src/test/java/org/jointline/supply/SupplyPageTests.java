package org.jointline.supply;

import org.jointline.JointlineTest;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The supply pages render the demo for its people, and a refused dispatch says why on the page. */
@JointlineTest
class SupplyPageTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ShipmentManagement shipments;

    @Test
    void pagesShowTheDemo() throws Exception {
        mvc.perform(get("/supply/stock").with(as(accounts, "operator.ua"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("LVV-1"))).andExpect(content().string(containsString("CAS-3002")));
        mvc.perform(get("/supply/serials").param("q", "MOT-BRV-0001").with(as(accounts, "buyer.ro"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("CAS-3002")));
        mvc.perform(get("/supply/orders").with(as(accounts, "buyer.ro"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("PO-")));
        mvc.perform(get("/supply/suppliers").with(as(accounts, "buyer.ro"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Valtellina")));
        mvc.perform(get("/supply/resilience").param("item", "CAS-FPV7").param("country", "CN").with(as(accounts, "buyer.ro")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("CAS-3004")));
        mvc.perform(get("/supply/stock").with(as(accounts, "acceptance.ro"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("CAS-3002"))));
    }

    @Test
    void aRefusedDispatchSaysWhy() throws Exception {
        var actor = accounts.byUsername("buyer.ro").orElseThrow().actor();
        Shipment shipment = shipments.list(actor, ShipmentStatus.DRAFT, new PageQuery(0, 5, null)).items().getLast();
        mvc.perform(post("/supply/shipments/{id}/dispatch", shipment.id()).with(as(accounts, "buyer.ro")).with(csrf()))
                .andExpect(redirectedUrl("/supply/shipments/" + shipment.id()))
                .andExpect(flash().attribute("flashKind", "danger"));
        mvc.perform(get("/supply/shipments/{id}", shipment.id()).with(as(accounts, "buyer.ro"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(shipment.number())));
    }
}
