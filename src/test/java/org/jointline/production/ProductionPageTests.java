package org.jointline.production;

import java.util.List;
import org.jointline.JointlineTest;
import org.jointline.platform.Actor;
import org.jointline.platform.security.Accounts;
import org.jointline.production.ProductionFixture.Product;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The production pages render for the people who use them, and refusals land on the page next to the field. */
@JointlineTest
class ProductionPageTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ProductionFixture fixture;
    @Autowired WorkOrderManagement workOrders;
    @Autowired UnitManagement units;
    @Autowired QualityManagement quality;
    @Autowired QualificationManagement qualifications;
    @Autowired org.jointline.engineering.DocumentManagement documents;
    @Autowired org.jointline.engineering.BomManagement boms;

    Product product;
    Actor operator;

    @BeforeEach
    void product() {
        product = fixture.product();
        operator = fixture.actor("operator.ro");
    }

    @Test
    void everyListAndFormRenders() throws Exception {
        for (String user : List.of("planner.ro", "operator.ro", "inspector.ro", "engineer.ro", "acceptance.ro", "buyer.ro")) {
            for (String path : List.of("/shop-floor", "/work-orders", "/units", "/nonconformances", "/test-templates",
                    "/qualifications", "/acceptance", "/deliveries")) {
                MvcResult result = mvc.perform(get(path).with(as(accounts, user))).andReturn();
                assertThat(result.getResponse().getStatus()).as("%s as %s", path, user).isEqualTo(200);
            }
        }
        assertThat(page("planner.ro", "/work-orders/new")).contains("work-order-form");
        assertThat(page("planner.ro", "/deliveries/new")).contains("delivery-form");
        assertThat(page("inspector.ro", "/nonconformances/new")).contains("nc-form");
    }

    @Test
    void theUnitPageSaysWhatToDoNextAndInstallsWhatIsScanned() throws Exception {
        Unit unit = commissioned();
        String before = page("operator.ro", "/units/" + unit.id());
        assertThat(before).contains(unit.serial()).contains("next-step").contains(product.subAssembly().number());

        mvc.perform(post("/units/" + unit.id() + "/scan").param("code", product.motors().getFirst())
                .with(as(accounts, "operator.ro")).with(csrf())).andReturn();
        assertThat(units.components(operator, unit.id())).extracting(InstalledComponent::serial).containsExactly(product.motors().getFirst());
        assertThat(page("operator.ro", "/units/" + unit.id() + "/genealogy")).contains(product.motors().getFirst());
    }

    @Test
    void anUnknownSerialIsNamedOnThePageWithNothingWritten() throws Exception {
        Unit unit = commissioned();
        MvcResult result = mvc.perform(post("/units/" + unit.id() + "/scan").param("code", "BOGUS-" + product.tag())
                .with(as(accounts, "operator.ro")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("BOGUS-" + product.tag()).contains("is-invalid");
        assertThat(units.components(operator, unit.id())).isEmpty();

        MvcResult scan = mvc.perform(get("/shop-floor").param("code", "BOGUS-" + product.tag()).with(as(accounts, "operator.ro"))).andReturn();
        assertThat(scan.getResponse().getStatus()).isEqualTo(422);
        assertThat(scan.getResponse().getContentAsString()).contains("BOGUS-" + product.tag());
    }

    @Test
    void aTestValueOutsideItsTypeIsRefusedAtTheField() throws Exception {
        Unit unit = commissioned();
        MvcResult result = mvc.perform(post("/units/" + unit.id() + "/tests").param("templateId", product.test().id().toString())
                .param("value", "abc").with(as(accounts, "operator.ro")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("is-invalid").contains("abc");
        assertThat(units.record(operator, unit.id()).results()).isEmpty();
    }

    @Test
    void aQuantityBeyondTheWorkOrderIsRefusedOnThePage() throws Exception {
        WorkOrder order = fixture.released(product, product.endItem(), 2);
        MvcResult result = mvc.perform(post("/work-orders/" + order.id() + "/units").param("count", "3")
                .with(as(accounts, "operator.ro")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(result.getResponse().getContentAsString()).contains("problem");
        assertThat(workOrders.units(operator, order.id())).isEmpty();
        assertThat(page("operator.ro", "/work-orders/" + order.id())).contains(order.number()).contains("materials-table");
    }

    @Test
    void aPlannerCreatesAWorkOrderFromTheForm() throws Exception {
        MvcResult result = mvc.perform(post("/work-orders").param("itemId", product.endItem().id().toString())
                .param("quantity", "0").param("place", product.facility().id().toString())
                .with(as(accounts, "planner.ro")).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        MvcResult created = mvc.perform(post("/work-orders").param("itemId", product.endItem().id().toString())
                .param("quantity", "3").param("place", product.facility().id().toString())
                .param("customerId", "").param("serialScheme", "PATTERN")
                .with(as(accounts, "planner.ro")).with(csrf())).andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/work-orders/");
    }

    @Test
    void theApiAnswersProblemDocumentsForBadInput() throws Exception {
        Unit unit = commissioned();
        MvcResult unknown = mvc.perform(post("/api/v1/units/" + unit.id() + "/components").contentType(MediaType.APPLICATION_JSON)
                .content("{\"serial\":\"NOPE-" + product.tag() + "\"}").with(as(accounts, "operator.ro")).with(csrf())).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(422);
        assertThat(unknown.getResponse().getContentType()).contains("application/problem+json");
        assertThat(unknown.getResponse().getContentAsString()).contains("\"field\":\"serial\"").contains("NOPE-" + product.tag());

        MvcResult value = mvc.perform(post("/api/v1/units/" + unit.id() + "/tests").contentType(MediaType.APPLICATION_JSON)
                .content("{\"templateId\":\"" + product.test().id() + "\",\"value\":\"high\"}")
                .with(as(accounts, "operator.ro")).with(csrf())).andReturn();
        assertThat(value.getResponse().getStatus()).isEqualTo(422);
        assertThat(value.getResponse().getContentAsString()).contains("\"field\":\"value\"");

        MvcResult beyond = mvc.perform(post("/api/v1/work-orders/" + unit.workOrderId() + "/units").contentType(MediaType.APPLICATION_JSON)
                .content("{\"count\":9}").with(as(accounts, "operator.ro")).with(csrf())).andReturn();
        assertThat(beyond.getResponse().getStatus()).isEqualTo(422);
        assertThat(beyond.getResponse().getContentAsString()).contains("\"field\":\"count\"");
        assertThat(workOrders.units(operator, unit.workOrderId())).hasSize(1);
    }

    @Test
    void anEngineerQualifiesAConfigurationWithEvidenceDocumentsFromTheForm() throws Exception {
        Actor engineer = fixture.actor("engineer.ro");
        org.jointline.engineering.Document report = documents.create(engineer, product.endItem().id(),
                new org.jointline.engineering.DocumentDetails("QTR-" + product.tag(), "Qualification test report",
                        org.jointline.engineering.DocumentKind.TEST_PROCEDURE));
        String revision = boms.revisions(engineer, product.endItem().id()).getFirst().id().toString();
        assertThat(page("engineer.ro", "/qualifications")).contains("id=\"evidence\"").contains("QTR-" + product.tag());

        MvcResult bad = mvc.perform(post("/qualifications").param("bomRevisionId", revision).param("basis", "B-" + product.tag())
                .param("authority", "AAMN").param("status", "GRANTED").param("evidence", "not-a-document")
                .with(as(accounts, "engineer.ro")).with(csrf())).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(422);
        assertThat(bad.getResponse().getContentAsString()).contains("is-invalid").contains("not-a-document");
        assertThat(qualifications.list(engineer, product.endItem().id())).isEmpty();

        MvcResult made = mvc.perform(post("/qualifications").param("bomRevisionId", revision).param("basis", "B-" + product.tag())
                .param("authority", "AAMN").param("status", "GRANTED").param("evidence", report.id().toString())
                .with(as(accounts, "engineer.ro")).with(csrf())).andReturn();
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/qualifications");
        assertThat(qualifications.list(engineer, product.endItem().id())).singleElement()
                .satisfies(q -> assertThat(q.evidence()).containsExactly(report.id()));
        assertThat(page("engineer.ro", "/qualifications")).contains("QTR-" + product.tag() + " Qualification test report");
    }

    private Unit commissioned() {
        WorkOrder order = fixture.released(product, product.endItem(), 1);
        return workOrders.commission(operator, order.id(), new Commissioning(1, null)).getFirst();
    }

    private String page(String user, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(as(accounts, user))).andReturn();
        assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
