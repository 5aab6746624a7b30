package org.jointline.production;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jointline.JointlineTest;
import org.jointline.RouteProbe;
import org.jointline.RouteProbe.Route;
import org.jointline.engineering.BomManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Ids;
import org.jointline.platform.security.Accounts;
import org.jointline.production.ProductionFixture.Product;
import org.jointline.production.web.WorkOrderForm;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;

/**
 * Every production route, pages and API: an operator of a partner manufacturer and the acceptance officer of
 * another customer neither see nor change Carpathian's work orders, units, tests, nonconformances,
 * qualifications, requirements and deliveries.
 */
@JointlineTest
class ProductionTenancyTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ProductionFixture fixture;
    @Autowired WorkOrderManagement workOrders;
    @Autowired UnitManagement units;
    @Autowired QualityManagement quality;
    @Autowired QualificationManagement qualifications;
    @Autowired BomManagement boms;

    @Test
    void theRouteListCoversPagesAndApi() {
        assertThat(routes()).extracting(Route::pattern).contains("/api/v1/units/{id}", "/api/v1/work-orders/{id}/materials",
                "/units/{id}", "/work-orders/{id}", "/api/v1/deliveries/{id}/certificate", "/nonconformances/{id}/disposition");
    }

    @TestFactory
    Stream<DynamicTest> anotherOrganisationReachesNothing() {
        Product product = fixture.product();
        Map<Class<?>, Object> targets = targets(product);
        String before = snapshot();
        Map<Class<?>, Object> samples = samples(product, targets);
        Set<String> secrets = Set.of(product.tag(), "Secret nonconformance");
        Stream<DynamicTest> probes = Stream.of("operator.ua", "acceptance.ua", "engineer.ua").flatMap(user ->
                routes().stream().map(route -> DynamicTest.dynamicTest(user + " " + route, () -> {
                    var result = mvc.perform(RouteProbe.request(route, targets::get, samples::get, json, as(accounts, user))).andReturn();
                    boolean claims = route.takes(WorkOrderDetails.class) || route.takes(WorkOrderForm.class)
                            || route.takes(NonconformanceDetails.class) || route.takes(QualificationDetails.class)
                            || route.takes(RequirementDetails.class) || route.takes(DeliveryRequest.class)
                            || route.takes(TestTemplateDetails.class);
                    RouteProbe.assertNothingReached(route, result, secrets, route.targetsARecord() || claims);
                })));
        return Stream.concat(probes, Stream.of(DynamicTest.dynamicTest("nothing of Carpathian's changed",
                () -> assertThat(snapshot()).isEqualTo(before))));
    }

    /** One of each record a path can name, all Carpathian's, with the product's tag in what they show. */
    private Map<Class<?>, Object> targets(Product product) {
        Actor operator = fixture.actor("operator.ro");
        WorkOrder order = fixture.released(product, product.endItem(), 2);
        Unit unit = workOrders.commission(operator, order.id(), new Commissioning(1, null)).getFirst();
        InstalledComponent component = units.install(operator, unit.id(), new Installation(product.motors().getFirst(), null, null, null, null));
        TestResult result = quality.record(operator, unit.id(), new TestEntry(product.test().id(), "1.5", "S-" + product.tag()),
                new Attachment("log-" + product.tag() + ".txt", "text/plain", ("Secret log " + product.tag()).getBytes()));
        Nonconformance nc = quality.open(fixture.actor("inspector.ro"), new NonconformanceDetails(NonconformanceSubject.UNIT, unit.id(),
                null, null, null, "Secret nonconformance " + product.tag()));
        Actor engineer = fixture.actor("engineer.ro");
        var revision = boms.revisions(engineer, product.endItem().id()).getFirst();
        Qualification qualification = qualifications.create(engineer, new QualificationDetails(revision.id(), "Basis " + product.tag(),
                "Authority", null, QualificationStatus.GRANTED, null, null, List.of()));
        Requirement requirement = qualifications.require(fixture.actor("acceptance.ro"),
                new RequirementDetails(product.customer(), product.endItem().id(), "Basis " + product.tag()));
        DeliveryId delivery = DeliveryId.next();
        jdbc.sql("""
                INSERT INTO production.delivery (id, organisation_id, number, customer_id, from_facility_id, created_by)
                VALUES (:id, :org, :number, :customer, :facility, :by)""")
                .param("id", delivery.value()).param("org", operator.organisationId()).param("number", "DL-" + product.tag())
                .param("customer", product.customer().value()).param("facility", product.facility().id().value())
                .param("by", operator.personId()).update();
        Map<Class<?>, Object> targets = new HashMap<>();
        targets.put(WorkOrderId.class, order.id());
        targets.put(UnitId.class, unit.id());
        targets.put(ComponentId.class, component.id());
        targets.put(TestResultId.class, result.id());
        targets.put(TestTemplateId.class, product.test().id());
        targets.put(NonconformanceId.class, nc.id());
        targets.put(QualificationId.class, qualification.id());
        targets.put(RequirementId.class, requirement.id());
        targets.put(DeliveryId.class, delivery);
        targets.put(String.class, "release");
        return targets;
    }

    private Map<Class<?>, Object> samples(Product product, Map<Class<?>, Object> targets) {
        UnitId unit = (UnitId) targets.get(UnitId.class);
        var revision = boms.revisions(fixture.actor("engineer.ro"), product.endItem().id()).getFirst();
        Map<Class<?>, Object> samples = new HashMap<>();
        samples.put(WorkOrderDetails.class, new WorkOrderDetails(product.endItem().id(), null, 1, product.facility().id(), null,
                null, null, null, SerialScheme.PATTERN, null));
        samples.put(WorkOrderForm.class, new WorkOrderForm(product.endItem().id(), 1, product.facility().id().toString(), null,
                LocalDate.now(), LocalDate.now(), SerialScheme.PATTERN, null));
        samples.put(Commissioning.class, new Commissioning(1, null));
        samples.put(Installation.class, new Installation(product.motors().get(1), null, null, null, null));
        samples.put(Removal.class, new Removal("Hacked"));
        samples.put(OperationDone.class, new OperationDone(new OperationId(Ids.next()), null));
        samples.put(TestEntry.class, new TestEntry(product.test().id(), "1.5", null));
        samples.put(AcceptanceDecision.class, new AcceptanceDecision(false, "Hacked"));
        samples.put(TestTemplateDetails.class, new TestTemplateDetails(product.endItem().id(), "Hack", TestKind.PASS_FAIL, true,
                null, null, null, List.of(), List.of(), false, null));
        samples.put(NonconformanceDetails.class, new NonconformanceDetails(NonconformanceSubject.UNIT, unit, null, null, null, "Hack"));
        samples.put(DispositionDetails.class, new DispositionDetails(Disposition.SCRAP, "Hack", null, null));
        samples.put(QualificationDetails.class, new QualificationDetails(revision.id(), "Hack", "Hack", null,
                QualificationStatus.GRANTED, null, null, List.of()));
        samples.put(RequirementDetails.class, new RequirementDetails(product.customer(), product.endItem().id(), "Hack"));
        samples.put(DeliveryRequest.class, new DeliveryRequest(List.of(unit), null));
        samples.put(BigDecimal.class, BigDecimal.ONE);
        return samples;
    }

    private List<Route> routes() {
        return RouteProbe.routes(mappings, "org.jointline.production");
    }

    /** Everything of Carpathian's in production. */
    private String snapshot() {
        return jdbc.sql("""
                WITH owner AS (SELECT organisation_id FROM partners.person WHERE username = 'operator.ro')
                SELECT concat_ws('|',
                    (SELECT string_agg(number || status || version, ',' ORDER BY id) FROM production.work_order
                        WHERE organisation_id IN (SELECT * FROM owner)),
                    (SELECT string_agg(serial || status || version, ',' ORDER BY id) FROM production.unit
                        WHERE organisation_id IN (SELECT * FROM owner)),
                    (SELECT string_agg(id || coalesce(removed_at::text, '-'), ',' ORDER BY id) FROM production.component),
                    (SELECT count(*)::text FROM production.test_result),
                    (SELECT count(*)::text FROM production.test_template WHERE active),
                    (SELECT string_agg(number || status || version, ',' ORDER BY id) FROM production.nonconformance),
                    (SELECT string_agg(basis || status || version, ',' ORDER BY id) FROM production.qualification),
                    (SELECT count(*)::text FROM production.requirement),
                    (SELECT count(*)::text FROM production.delivery),
                    (SELECT count(*)::text FROM production.acceptance))
                """).query(String.class).single();
    }
}
