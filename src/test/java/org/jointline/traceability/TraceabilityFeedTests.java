package org.jointline.traceability;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.supply.Consumption;
import org.jointline.supply.Location;
import org.jointline.supply.LocationKind;
import org.jointline.supply.ProducedUnit;
import org.jointline.supply.Receipt;
import org.jointline.supply.StockManagement;
import org.jointline.supply.StockReceived;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supply's events become EPCIS events (receiving, assembling inputs, commissioning outputs of a work
 * order), none lost and none twice, and recall walks from a lot, a receipt or a supplier to the units.
 */
@JointlineTest
class TraceabilityFeedTests {

    @Autowired ItemManagement items;
    @Autowired FacilityManagement facilities;
    @Autowired OrganisationManagement organisations;
    @Autowired StockManagement stock;
    @Autowired Accounts accounts;
    @Autowired Recall recall;
    @Autowired EpcisQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;

    Actor buyer;
    Actor operator;
    Facility brasov;
    Location store;
    Organisation supplier;
    String tag;

    @BeforeEach
    void setUp() {
        buyer = actor("buyer.ro");
        operator = actor("operator.ro");
        brasov = facilities.list(actor("admin"), new PageQuery(0, 50, null), null).items().stream()
                .filter(f -> f.code().equals("BRV-1")).findFirst().orElseThrow();
        store = stock.location(buyer, brasov.id(), LocationKind.LINE_SIDE);
        supplier = organisations.choices(actor("office.ro")).stream().filter(o -> o.kind() == OrganisationKind.SUPPLIER)
                .findFirst().orElseThrow();
        tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void aLotReceivedAndConsumedIsRecalledToTheUnitsOfItsWorkOrder() {
        Item frame = item("Frame", Tracking.LOT, gtin());
        Item drone = item("Drone", Tracking.SERIAL, null);
        String receipt = "GRN-" + tag;
        String workOrder = "WO-" + tag;
        StockReceived received = stock.receive(buyer, new Receipt(frame.id(), store.id(), new BigDecimal("10"), "L-" + tag,
                "S-" + tag, new OrganisationId(supplier.id().value()), null, null, receipt, null));
        stock.consume(operator, Consumption.ofLot(frame.id(), received.lot(), new BigDecimal("2"), store.id(), workOrder));
        stock.receiveProduced(operator, new ProducedUnit(drone.id(), "D-" + tag + "-1", store.id(), workOrder));
        stock.receiveProduced(operator, new ProducedUnit(drone.id(), "D-" + tag + "-2", store.id(), workOrder));

        String lot = Identifiers.lot(frame.gtin(), frame.id().value(), "L-" + tag);
        assertThat(lot).startsWith("https://id.gs1.org/01/").contains("/10/L-" + tag);
        String unit = Identifiers.serial(null, drone.id().value(), "D-" + tag + "-1");
        assertThat(keys(unit)).isEqualTo(1);
        assertThat(keys(lot)).isEqualTo(2);

        RecallResult byLot = recall.recall(actor("office.ro"), new RecallQuestion(RecallQuestion.Kind.LOT, frame.number(), "L-" + tag));
        assertThat(byLot.recalled()).containsExactly(lot);
        assertThat(byLot.units()).extracting(RecalledUnit::identifier)
                .containsExactlyInAnyOrder(unit, Identifiers.serial(null, drone.id().value(), "D-" + tag + "-2"));
        RecalledUnit found = byLot.units().getFirst();
        assertThat(found.outermost()).isTrue();
        assertThat(found.location()).isEqualTo(brasov.name());
        assertThat(found.lastStep()).isEqualTo("commissioning");

        assertThat(recall.recall(actor("office.ro"), new RecallQuestion(RecallQuestion.Kind.RECEIPT, null, receipt)).units())
                .hasSize(2);
        assertThat(recall.recall(actor("office.ro"), new RecallQuestion(RecallQuestion.Kind.SUPPLIER, null, supplier.id().value().toString()))
                .units()).extracting(RecalledUnit::identifier).contains(unit);
        assertThat(recall.recall(actor("office.ro"), new RecallQuestion(RecallQuestion.Kind.SERIAL, drone.number(), "D-" + tag + "-1"))
                .units()).isEmpty();
        assertThat(recall.recall(actor("operator.ua"), new RecallQuestion(RecallQuestion.Kind.IDENTIFIER, null, lot)).units())
                .as("another organisation follows none of Carpathian's links").isEmpty();

        var receiving = queries.events(buyer, java.util.Map.of("MATCH_anyEPCClass", List.of(lot), "EQ_bizStep", List.of("receiving")))
                .document().at("/epcisBody/queryResults/resultsBody/eventList/0");
        assertThat(receiving.at("/sourceList/0/source").asString()).isEqualTo(Identifiers.organisation(supplier.id().value()));
        assertThat(receiving.at("/bizLocation/id").asString()).isEqualTo(Identifiers.facility(brasov.id().value()));
        assertThat(receiving.at("/quantityList/0/quantity").asInt()).isEqualTo(10);
    }

    /** ADR 0016: a module event is recorded in the transaction that publishes it, or not at all. */
    @Test
    void aModuleEventIsRecordedInItsTransactionOnceAndNotAfterARollback() {
        Item frame = item("Frame", Tracking.LOT, null);
        StockReceived received = stock.receive(buyer, new Receipt(frame.id(), store.id(), new BigDecimal("5"), "L-" + tag,
                null, null, null, null, "GRN-" + tag, null));
        String lot = Identifiers.lot(null, frame.id().value(), "L-" + tag);
        assertThat(keys(lot)).as("recorded when the receipt returns, with nothing left to deliver").isEqualTo(1);
        assertThat(incomplete()).isZero();

        transactions.executeWithoutResult(status -> publisher.publishEvent(received));
        assertThat(keys(lot)).as("the same event published again is a duplicate").isEqualTo(1);

        StockReceived other = new StockReceived(received.item(), received.lot(), "L2-" + tag, received.serials(),
                received.quantity(), received.facility(), received.location(), received.document(), received.at(), received.organisation());
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(other);
            assertThat(keys(Identifiers.lot(null, frame.id().value(), "L2-" + tag))).as("visible inside its transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(keys(Identifiers.lot(null, frame.id().value(), "L2-" + tag))).as("gone with the rolled-back change").isZero();
    }

    private long keys(String key) {
        return jdbc.sql("select count(*) from traceability.event_keys where key = :key").param("key", key)
                .query(Long.class).single();
    }

    private long incomplete() {
        return jdbc.sql("select count(*) from platform.event_publication where completion_date is null and listener_id like '%traceability%'")
                .query(Long.class).single();
    }

    private Item item(String name, Tracking tracking, String gtin) {
        Actor engineer = actor("engineer.ro");
        return items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()), "TR" + tag + "-" + name,
                name, null, ItemKind.PART, UnitOfMeasure.EA, tracking, gtin, null, List.of(), null));
    }

    private static String gtin() {
        StringBuilder digits = new StringBuilder("95");
        for (int i = 0; i < 11; i++) {
            digits.append(ThreadLocalRandom.current().nextInt(10));
        }
        return Identifiers.withCheckDigit(digits.toString());
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }
}
