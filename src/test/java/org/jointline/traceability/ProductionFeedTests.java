package org.jointline.traceability;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import java.util.List;
import java.util.Map;
import org.jointline.JointlineTest;
import org.jointline.engineering.ItemManagement;
import org.jointline.platform.Actor;
import org.jointline.production.AcceptanceDecision;
import org.jointline.production.AcceptanceManagement;
import org.jointline.production.Commissioning;
import org.jointline.production.DeliveryId;
import org.jointline.production.UnitDelivered;
import org.jointline.production.Installation;
import org.jointline.production.ProductionFixture;
import org.jointline.production.ProductionFixture.Product;
import org.jointline.production.QualityManagement;
import org.jointline.production.TestEntry;
import org.jointline.production.Unit;
import org.jointline.production.UnitManagement;
import org.jointline.production.WorkOrder;
import org.jointline.production.WorkOrderManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A unit built, tested, completed, accepted and delivered in production becomes its EPCIS history,
 * recall finds it from a component's lot with the customer it went to, and the customer then sees
 * the unit's events.
 */
@JointlineTest
@Import(ProductionFixture.class)
class ProductionFeedTests {

    @Autowired ProductionFixture fixture;
    @Autowired WorkOrderManagement workOrders;
    @Autowired UnitManagement units;
    @Autowired QualityManagement quality;
    @Autowired AcceptanceManagement acceptance;
    @Autowired ItemManagement items;
    @Autowired Recall recall;
    @Autowired EpcisQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;

    @Test
    void aDeliveredUnitHasItsHistoryAndIsRecalledFromAComponentLot() {
        Product product = fixture.product();
        Actor operator = fixture.actor("operator.ro");
        WorkOrder subOrder = fixture.released(product, product.subAssembly(), 1);
        Unit sub = workOrders.commission(operator, subOrder.id(), new Commissioning(1, null)).getFirst();
        units.install(operator, sub.id(), new Installation(null, product.subLot(), null, null, null));
        units.complete(operator, sub.id());
        WorkOrder order = fixture.released(product, product.endItem(), 1);
        Unit unit = workOrders.commission(operator, order.id(), new Commissioning(1, null)).getFirst();
        units.installScanned(operator, unit.id(), sub.serial(), null);
        units.installScanned(operator, unit.id(), product.motors().get(0), null);
        units.installScanned(operator, unit.id(), product.motors().get(1), null);
        units.installScanned(operator, unit.id(), product.lot(), null);
        quality.record(operator, unit.id(), new TestEntry(product.test().id(), "1.5", "BENCH-2"), null);
        units.complete(operator, unit.id());

        String identifier = Identifiers.serial(product.endItem().gtin(), product.endItem().id().value(), unit.serial());
        await().atMost(Duration.ofSeconds(30)).until(() -> steps(identifier).containsAll(
                List.of("commissioning", "installing", "assembling", "inspecting")));

        Actor office = fixture.actor("office.ro");
        String subLot = Identifiers.lot(product.subPart().gtin(), product.subPart().id().value(), product.subLot());
        RecallResult result = recall.recall(office, new RecallQuestion(RecallQuestion.Kind.IDENTIFIER, null, subLot));
        assertThat(result.units()).extracting(RecalledUnit::identifier).contains(identifier);
        RecalledUnit top = result.units().stream().filter(u -> u.identifier().equals(identifier)).findFirst().orElseThrow();
        assertThat(top.depth()).as("lot -> sub-assembly -> unit").isEqualTo(2);
        assertThat(top.outermost()).isTrue();
        assertThat(top.location()).isEqualTo(product.facility().name());

        String motor = Identifiers.serial(product.motor().gtin(), product.motor().id().value(), product.motors().get(0));
        JsonNode installs = queries.events(office, Map.of("MATCH_parentID", List.of(identifier), "EQ_bizStep", List.of("installing")))
                .document().at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(installs.size()).isEqualTo(3);
        assertThat(installs.toString()).contains(motor);
        String motorEvents = queries.events(office, Map.of("MATCH_anyEPC", List.of(motor))).document()
                .at("/epcisBody/queryResults/resultsBody/eventList").toString();
        assertThat(motorEvents).as("the install is production's aggregation; supply's issue of the motor adds no event")
                .contains("AggregationEvent").doesNotContain("TransformationEvent");
        assertThat(jdbc.sql("SELECT count(*) FROM platform.event_publication WHERE event_type LIKE '%StockInstalled'"
                + " AND serialized_event LIKE :unit").param("unit", "%" + unit.serial() + "%").query(Long.class).single())
                .as("no module listens to supply's StockInstalled: nothing is stored for it").isZero();

        Actor customer = customerAcceptance(product);
        acceptance.decide(customer, unit.id(), new AcceptanceDecision(true, null));
        // production refuses to ship until compliance answers (not in this branch): the event it publishes then
        transactions.executeWithoutResult(status -> publisher.publishEvent(new UnitDelivered(unit.id(), unit.serial(),
                new DeliveryId(UUID.randomUUID()), product.customer(), UUID.randomUUID(), Instant.now())));
        await().atMost(Duration.ofSeconds(30)).until(() -> steps(identifier).containsAll(List.of("accepting", "shipping")));

        RecalledUnit delivered = recall.recall(office, new RecallQuestion(RecallQuestion.Kind.IDENTIFIER, null, subLot)).units()
                .stream().filter(u -> u.identifier().equals(identifier)).findFirst().orElseThrow();
        assertThat(delivered.accepted()).isTrue();
        assertThat(delivered.lastStep()).isEqualTo("shipping");
        assertThat(delivered.shippedTo()).isNotBlank().doesNotStartWith("urn:");

        JsonNode seenByCustomer = queries.events(customer, Map.of("MATCH_anyEPC", List.of(identifier)))
                .document().at("/epcisBody/queryResults/resultsBody/eventList");
        assertThat(seenByCustomer.size()).as("goods shipped to the customer: it sees their history").isGreaterThanOrEqualTo(5);
        assertThat(queries.events(fixture.actor("operator.ua"), Map.of("MATCH_anyEPC", List.of(identifier))).size()).isZero();
    }

    private Actor customerAcceptance(Product product) {
        for (String username : List.of("acceptance.ro", "acceptance.ua")) {
            Actor actor = fixture.actor(username);
            if (actor.organisationId().equals(product.customer().value())) {
                return actor;
            }
        }
        throw new IllegalStateException("no acceptance officer for the product's customer");
    }

    private List<String> steps(String identifier) {
        return jdbc.sql("""
                select e.biz_step from traceability.event_keys k
                join traceability.events e on e.id = k.event and e.record_time = k.record_time
                where k.key = :key""").param("key", identifier).query(String.class).list();
    }
}
