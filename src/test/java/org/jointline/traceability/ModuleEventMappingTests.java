package org.jointline.traceability;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.production.Commissioning;
import org.jointline.production.NonconformanceDetails;
import org.jointline.production.NonconformanceSubject;
import org.jointline.production.Operation;
import org.jointline.production.OperationDone;
import org.jointline.production.ProductionFixture;
import org.jointline.production.ProductionFixture.Product;
import org.jointline.production.QualityManagement;
import org.jointline.production.Unit;
import org.jointline.production.UnitManagement;
import org.jointline.production.WorkOrder;
import org.jointline.production.WorkOrderManagement;
import org.jointline.supply.Discrepancy;
import org.jointline.supply.LocationId;
import org.jointline.supply.MoveKind;
import org.jointline.supply.ShipmentId;
import org.jointline.supply.ShipmentLineId;
import org.jointline.supply.ShipmentReceived;
import org.jointline.supply.ShippedLine;
import org.jointline.supply.StockAdjusted;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The module events that had no EPCIS counterpart now have one, with CBV 2.0 business steps and
 * dispositions: stock counts and corrections, a shipment receipt's discrepancies, a work order's release,
 * an operation done on a unit and a nonconformance opened.
 */
@JointlineTest
@Import(ProductionFixture.class)
class ModuleEventMappingTests {

    @Autowired ProductionFixture fixture;
    @Autowired WorkOrderManagement workOrders;
    @Autowired UnitManagement units;
    @Autowired QualityManagement quality;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    @Test
    void countsAndCorrectionsAreCycleCountingAndStockTaking() {
        ItemId item = new ItemId(UUID.randomUUID());
        OrganisationId org = new OrganisationId(fixture.actor("operator.ro").organisationId());
        FacilityId plant = new FacilityId(UUID.randomUUID());
        publish(new StockAdjusted(MoveKind.COUNT, item, null, "L-1", new BigDecimal("-3"), plant, null, "counted", Instant.now(), org));
        publish(new StockAdjusted(MoveKind.ADJUSTMENT, item, null, null, new BigDecimal("2"), plant, null, "found", Instant.now(), org));
        publish(new StockAdjusted(MoveKind.COUNT, item, null, null, BigDecimal.ZERO, plant, null, "as expected", Instant.now(), org));

        String lot = Identifiers.lot(null, item.value(), "L-1");
        String itemClass = Identifiers.itemClass(null, item.value());
        await().atMost(Duration.ofSeconds(30)).until(() -> !steps(lot).isEmpty() && !steps(itemClass).isEmpty());
        assertThat(steps(lot)).containsExactly("cycle_counting/unknown");
        assertThat(steps(itemClass)).containsExactly("stock_taking/available");
        assertThat(content(lot)).contains("\"quantity\": 3");
    }

    @Test
    void aShipmentReceiptRecordsItsDiscrepancies() {
        ItemId motor = new ItemId(UUID.randomUUID());
        ItemId frame = new ItemId(UUID.randomUUID());
        OrganisationId org = new OrganisationId(fixture.actor("operator.ro").organisationId());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        publish(new ShipmentReceived(new ShipmentId(UUID.randomUUID()), "SH-" + tag, new FacilityId(UUID.randomUUID()),
                new FacilityId(UUID.randomUUID()), new LocationId(UUID.randomUUID()),
                List.of(new ShippedLine(motor, null, null, List.of("A-" + tag), BigDecimal.ONE),
                        new ShippedLine(frame, null, null, List.of(), new BigDecimal("8"))),
                List.of(new Discrepancy(new ShipmentLineId(UUID.randomUUID()), motor, "MOT", "B-" + tag, BigDecimal.ONE, BigDecimal.ZERO, "missing"),
                        new Discrepancy(new ShipmentLineId(UUID.randomUUID()), frame, "FRM", null, BigDecimal.TEN, new BigDecimal("8"), "short")),
                Instant.now(), org));

        String received = Identifiers.serial(null, motor.value(), "A-" + tag);
        String missing = Identifiers.serial(null, motor.value(), "B-" + tag);
        String frames = Identifiers.itemClass(null, frame.value());
        await().atMost(Duration.ofSeconds(30)).until(() -> !steps(missing).isEmpty());
        assertThat(steps(received)).containsExactly("receiving/available");
        assertThat(steps(missing)).containsExactly("receiving/mismatch_instance");
        assertThat(steps(frames)).containsExactlyInAnyOrder("receiving/available", "receiving/mismatch_quantity");
        assertThat(content(frames)).contains("\"quantity\": 2").contains("\"quantity\": 8");
    }

    @Test
    void aReleasedWorkOrderItsOperationsAndANonconformanceBecomeEvents() {
        Product product = fixture.product();
        Actor operator = fixture.actor("operator.ro");
        WorkOrder order = fixture.released(product, product.endItem(), 1);
        String itemClass = Identifiers.itemClass(product.endItem().gtin(), product.endItem().id().value());
        await().atMost(Duration.ofSeconds(30)).until(() -> !steps(itemClass).isEmpty());
        assertThat(steps(itemClass)).containsExactly("assembling/");
        assertThat(content(itemClass)).contains(order.number()).contains("\"quantity\": 1");

        Unit unit = workOrders.commission(operator, order.id(), new Commissioning(1, null)).getFirst();
        Operation first = workOrders.operations(operator, order.id()).getFirst();
        units.recordOperation(operator, unit.id(), new OperationDone(first.id(), "done"));
        quality.open(operator, new NonconformanceDetails(NonconformanceSubject.UNIT, unit.id(), null, null, null, "Scratched arm"));

        String identifier = Identifiers.serial(product.endItem().gtin(), product.endItem().id().value(), unit.serial());
        await().atMost(Duration.ofSeconds(30)).until(() -> steps(identifier).contains("inspecting/non_conformant")
                && steps(identifier).size() >= 3);
        assertThat(steps(identifier)).contains("commissioning/active", "assembling/in_progress", "inspecting/non_conformant");
        assertThat(content(identifier)).contains("urn:jointline:nonconformance:");
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(event));
    }

    private List<String> steps(String identifier) {
        return jdbc.sql("""
                select e.biz_step || '/' || coalesce(e.disposition, '') from traceability.event_keys k
                join traceability.events e on e.id = k.event and e.record_time = k.record_time
                where k.key = :key order by e.event_time, e.id""").param("key", identifier).query(String.class).list();
    }

    private String content(String identifier) {
        return String.join("\n", jdbc.sql("""
                select e.content::text from traceability.event_keys k
                join traceability.events e on e.id = k.event and e.record_time = k.record_time
                where k.key = :key""").param("key", identifier).query(String.class).list());
    }
}
