package org.jointline.traceability;

import java.net.URI;
import org.jointline.JointlineTest;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The events and recall pages and the recall API, with the demo production's events. */
@JointlineTest
class TraceabilityPageTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;

    @Test
    void theEventsPageListsTheDemoProductionsEvents() throws Exception {
        MvcResult page = mvc.perform(get("/traceability/events").with(as(accounts, "office.ro"))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("id=\"event-table\"", "receiving", "Brașov");
    }

    @Test
    void recallOfADemoLotFindsTheUnitUnderWayAndExportsCsv() throws Exception {
        MvcResult page = mvc.perform(get(URI.create("/traceability/recall?kind=LOT&item=CAS-3001&value=FR-2026-01"))
                .with(as(accounts, "office.ro"))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(page.getResponse().getContentAsString()).contains("id=\"recall-table\"", "FPV7-RO-");
        MvcResult csv = mvc.perform(get(URI.create("/traceability/recall.csv?kind=LOT&item=CAS-3001&value=FR-2026-01"))
                .with(as(accounts, "office.ro"))).andReturn();
        assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
        assertThat(csv.getResponse().getContentAsString()).startsWith("identifier,levels_up,outermost").contains("FPV7-RO-");
        MvcResult api = mvc.perform(get(URI.create("/api/v1/recall?kind=LOT&item=CAS-3001&value=FR-2026-01"))
                .with(as(accounts, "office.ro"))).andReturn();
        assertThat(api.getResponse().getContentAsString()).contains("\"units\"", "FPV7-RO-");
    }

    @Test
    void theDemoPilotBatchIsRecalledToTheCustomerThatAcceptedIt() throws Exception {
        URI recall = URI.create("/traceability/recall?kind=LOT&item=CAS-3001&value=FR-2025-PILOT");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> mvc.perform(get(recall)
                .with(as(accounts, "office.ro"))).andReturn().getResponse().getContentAsString().contains("FPV7-RO-2500002"));
        String page = mvc.perform(get(recall).with(as(accounts, "office.ro"))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("FPV7-RO-2500001", "Ministerul Apărării Naționale", "text-bg-success", "shipping");
        String customer = mvc.perform(get(URI.create("/traceability/events?step=shipping")).with(as(accounts, "acceptance.ro")))
                .andReturn().getResponse().getContentAsString();
        assertThat(customer).as("goods shipped to the customer are visible to it").contains("FPV7-RO-2500001");
    }

    @Test
    void anUnknownItemIsNamedAtItsField() throws Exception {
        MvcResult page = mvc.perform(get(URI.create("/traceability/recall?kind=LOT&item=NO-SUCH-ITEM&value=X"))
                .with(as(accounts, "office.ro"))).andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(422);
        assertThat(page.getResponse().getContentAsString()).contains("is-invalid", "No item NO-SUCH-ITEM");
        MvcResult api = mvc.perform(get(URI.create("/api/v1/recall?kind=LOT&item=NO-SUCH-ITEM&value=X"))
                .with(as(accounts, "office.ro"))).andReturn();
        assertThat(api.getResponse().getStatus()).isEqualTo(422);
        assertThat(api.getResponse().getContentAsString()).contains("\"field\":\"item\"");
    }
}
