package org.jointline.supply;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.Facility;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.StateRefused;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@JointlineTest
@RecordApplicationEvents
class StockTests {

    @Autowired StockManagement stock;
    @Autowired SerialManagement serials;
    SupplyFixture fixture;

    @Autowired
    void fixture(org.jointline.engineering.ItemManagement items, org.jointline.partners.FacilityManagement facilities,
                 org.jointline.platform.security.Accounts accounts) {
        fixture = new SupplyFixture(items, facilities, accounts);
    }
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    Actor buyer;
    Actor operator;
    Facility brasov;
    Location store;
    Location line;

    @BeforeEach
    void setUp() {
        buyer = fixture.actor("buyer.ro");
        operator = fixture.actor("operator.ro");
        brasov = fixture.facility("BRV-1");
        store = stock.location(buyer, brasov.id(), LocationKind.WAREHOUSE);
        line = stock.location(buyer, brasov.id(), LocationKind.LINE_SIDE);
    }

    @Test
    void receivesLotsAndSumsOnHandOverLocations() {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        StockReceived received = stock.receive(buyer, receipt(frame, store, "10", "L-1"));
        stock.transfer(buyer, new Transfer(frame.id(), received.lot(), null, new BigDecimal("4"), store.id(), line.id(), "kitting", null));

        assertThat(stock.onHand(buyer, frame.id(), brasov.id())).extracting(l -> l.locationCode(), l -> l.quantity().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("LINE", "4"), org.assertj.core.groups.Tuple.tuple("STORE", "6"));
        assertThat(stock.available(buyer, frame.id(), brasov.id()).onHand()).isEqualByComparingTo("10");
        assertThat(events.stream(StockReceived.class).filter(e -> e.item().equals(frame.id()))).hasSize(1);
        assertThat(events.stream(StockTransferred.class).filter(e -> e.item().equals(frame.id())))
                .singleElement().satisfies(e -> assertThat(e.to()).isEqualTo(line.id()));
    }

    @Test
    void refusesNegativeStockAndChangesNothing() {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        LotId lot = stock.receive(buyer, receipt(frame, line, "3", "L-2")).lot();
        long moves = moveCount(frame);

        assertThatThrownBy(() -> stock.consume(operator, Consumption.ofLot(frame.id(), lot, new BigDecimal("4"), line.id(), "WO-1")))
                .isInstanceOf(StateRefused.class).hasMessage("supply.not-enough-stock");
        assertThat(stock.available(buyer, frame.id(), brasov.id()).onHand()).isEqualByComparingTo("3");
        assertThat(moveCount(frame)).isEqualTo(moves);
        assertThatThrownBy(() -> jdbc.sql("UPDATE supply.on_hand SET quantity = -1 WHERE item_id = :item")
                .param("item", frame.id().value()).update()).hasMessageContaining("on_hand_quantity_check");
    }

    @Test
    void racingConsumersOfTheLastUnitOneWins() throws Exception {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        LotId lot = stock.receive(buyer, receipt(frame, line, "1", "L-3")).lot();
        List<Outcome> outcomes = race(8, i -> () -> stock.consume(operator,
                Consumption.ofLot(frame.id(), lot, BigDecimal.ONE, line.id(), "WO-" + i)));

        assertThat(outcomes.stream().filter(Outcome::won)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> o.error() instanceof StateRefused)).hasSize(7);
        assertThat(stock.available(buyer, frame.id(), brasov.id()).onHand()).isEqualByComparingTo("0");
        assertThat(jdbc.sql("SELECT count(*) FROM supply.stock_move WHERE item_id = :item AND kind = 'ISSUE'")
                .param("item", frame.id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void racingInstallersOfOneSerialOneWins() throws Exception {
        Item motor = fixture.item("Motor", Tracking.SERIAL, UnitOfMeasure.EA);
        stock.receive(buyer, serialReceipt(motor, line, "M-1"));
        List<Outcome> outcomes = race(8, i -> () -> stock.consume(operator, Consumption.ofSerial(motor.id(), "M-1", "WO-" + i)));

        assertThat(outcomes.stream().filter(Outcome::won)).hasSize(1);
        SerialNumber m1 = serials.get(buyer, motor.id(), "M-1");
        assertThat(m1.state()).isEqualTo(SerialState.INSTALLED);
        assertThat(m1.location()).isNull();
        assertThat(stock.available(buyer, motor.id(), brasov.id()).onHand()).isEqualByComparingTo("0");
    }

    @Test
    void aSerialIsInOnePlaceAndCannotBeReceivedTwice() {
        Item motor = fixture.item("Motor", Tracking.SERIAL, UnitOfMeasure.EA);
        stock.receive(buyer, serialReceipt(motor, store, "M-1", "M-2"));
        stock.transfer(buyer, new Transfer(motor.id(), null, List.of("M-2"), null, store.id(), line.id(), null, null));

        assertThatThrownBy(() -> stock.receive(buyer, serialReceipt(motor, line, "M-3", "M-2")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("serials");
                    assertThat(e.messageKey()).isEqualTo("supply.serial-exists");
                });
        assertThat(serials.find(buyer, "M-3")).isEmpty();
        assertThat(serials.get(buyer, motor.id(), "M-2").location()).isEqualTo(line.id());
        assertThat(stock.onHand(buyer, motor.id(), brasov.id())).extracting(l -> l.locationCode(), l -> l.quantity().intValue())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("LINE", 1), org.assertj.core.groups.Tuple.tuple("STORE", 1));
    }

    @Test
    void refusesMoreDecimalsThanTheUnitAllows() {
        Item capacitor = fixture.item("Cap", Tracking.NONE, UnitOfMeasure.EA);
        Item wire = fixture.item("Wire", Tracking.NONE, UnitOfMeasure.M);
        assertThatThrownBy(() -> stock.receive(buyer, new Receipt(capacitor.id(), store.id(), new BigDecimal("1.5"), null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("quantity"));
        stock.receive(buyer, new Receipt(wire.id(), store.id(), new BigDecimal("12.125"), null, null, null, null, null, null, null));
        assertThat(stock.available(buyer, capacitor.id(), brasov.id()).onHand()).isEqualByComparingTo("0");
        assertThat(stock.available(buyer, wire.id(), brasov.id()).onHand()).isEqualByComparingTo("12.125");
    }

    @Test
    void refusesAMoveToAnotherFacilityWithoutAShipment() {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        LotId lot = stock.receive(buyer, receipt(frame, store, "5", "L-4")).lot();
        Location bucharest = stock.location(buyer, fixture.facility("BUC-W").id(), LocationKind.WAREHOUSE);

        assertThatThrownBy(() -> stock.transfer(buyer, new Transfer(frame.id(), lot, null, BigDecimal.ONE, store.id(), bucharest.id(), null, null)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.messageKey()).isEqualTo("supply.other-facility"));
        assertThat(stock.available(buyer, frame.id(), brasov.id()).onHand()).isEqualByComparingTo("5");
    }

    @Test
    void producedUnitsComeIntoStockAndPlannedSerialsArePlaced() {
        Item drone = fixture.item("Drone", Tracking.SERIAL, UnitOfMeasure.EA);
        CreatedSerials planned = serials.create(operator, new SerialBatch(drone.id(), SerialScheme.PATTERN, "D-", 1L, 3, 4,
                null, brasov.id(), null, null, null, "WO-9"));
        assertThat(planned.serials()).containsExactly("D-0001", "D-0002", "D-0003");

        SerialNumber unit = stock.receiveProduced(operator, new ProducedUnit(drone.id(), "D-0002", store.id(), "WO-9"));
        assertThat(unit.state()).isEqualTo(SerialState.IN_STOCK);
        assertThat(serials.get(buyer, drone.id(), "D-0001").state()).isEqualTo(SerialState.PLANNED);
        assertThat(events.stream(UnitStocked.class).filter(e -> e.item().equals(drone.id()))).singleElement()
                .satisfies(e -> assertThat(e.serial()).isEqualTo("D-0002"));
    }

    @Test
    void tenThousandSerialsAreReceivedAtOnceAndAnExistingOneAmongThemIsNamedWithNothingWritten() {
        Item motor = fixture.item("Motor", Tracking.SERIAL, UnitOfMeasure.EA);
        serials.create(operator, new SerialBatch(motor.id(), SerialScheme.PATTERN, "P-", 1L, 3, 5, null, brasov.id(), null,
                null, null, "WO-P"));
        stock.receive(buyer, serialReceipt(motor, line, "X-07000"));
        long moves = stock.moves(buyer, brasov.id(), motor.id(), new org.jointline.platform.PageQuery(0, 1, null)).totalItems();
        List<String> batch = new java.util.ArrayList<>(java.util.stream.IntStream.rangeClosed(1, 10_000)
                .mapToObj(n -> String.format("X-%05d", n)).toList());
        batch.addAll(List.of("P-00001", "P-00002"));

        assertThatThrownBy(() -> stock.receive(buyer, serialReceipt(motor, store, batch.toArray(String[]::new))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("supply.serial-exists");
                    assertThat(e.arguments()[0]).isEqualTo("X-07000");
                });
        assertThat(serials.find(buyer, "X-00001")).isEmpty();
        assertThat(serials.get(buyer, motor.id(), "P-00001").state()).isEqualTo(SerialState.PLANNED);
        assertThat(stock.moves(buyer, brasov.id(), motor.id(), new org.jointline.platform.PageQuery(0, 1, null)).totalItems())
                .isEqualTo(moves);

        batch.remove("X-07000");
        stock.receive(buyer, serialReceipt(motor, store, batch.toArray(String[]::new)));
        assertThat(stock.available(buyer, motor.id(), brasov.id()).onHand()).isEqualByComparingTo("10002");
        assertThat(serials.get(buyer, motor.id(), "P-00002").location()).isEqualTo(store.id());
        assertThat(serials.get(buyer, motor.id(), "P-00003").state()).isEqualTo(SerialState.PLANNED);
        assertThat(serials.history(buyer, serials.get(buyer, motor.id(), "P-00002").id())).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo(MoveKind.RECEIPT));
        assertThat(serials.history(buyer, serials.get(buyer, motor.id(), "X-10000").id())).hasSize(1);
    }

    @Test
    void lotsArePagedAndSearchedNotCutAndShownOnlyWhereTheyHaveBeen() {
        Item frame = fixture.item("Frame", Tracking.LOT, UnitOfMeasure.EA);
        for (String lot : List.of("PG-1", "PG-2", "PG-3", "OTHER-1")) {
            stock.receive(buyer, receipt(frame, store, "1", lot));
        }
        var first = stock.lots(buyer, frame.id(), new org.jointline.platform.PageQuery(0, 2, null));
        assertThat(first.totalItems()).isEqualTo(4);
        assertThat(first.items()).hasSize(2);
        assertThat(stock.lots(buyer, frame.id(), new org.jointline.platform.PageQuery(1, 2, null)).items()).hasSize(2);
        assertThat(stock.lots(buyer, frame.id(), new org.jointline.platform.PageQuery(0, 10, "pg-")).items())
                .extracting(Lot::lotNumber).containsExactlyInAnyOrder("PG-1", "PG-2", "PG-3");
        assertThat(stock.lots(buyer, frame.id())).hasSize(4);
        Actor lviv = fixture.actor("operator.ua");
        assertThat(stock.lots(lviv, frame.id())).isEmpty();
        assertThat(stock.lot(lviv, frame.id(), "PG-1")).isEmpty();
    }

    @Test
    void bulkSgtinSerialsCarryDigitalLinks() {
        Item camera = fixture.item("Camera", Tracking.SERIAL, UnitOfMeasure.EA, "4006381333931");
        CreatedSerials created = serials.create(buyer, new SerialBatch(camera.id(), SerialScheme.SGTIN, "C", 1L, 1000, 6,
                null, null, store.id(), null, null, "GRN-1"));
        assertThat(created.count()).isEqualTo(1000);
        assertThat(created.digitalLinks().getFirst()).isEqualTo("https://id.gs1.org/01/04006381333931/21/C000001");
        assertThat(serials.find(buyer, "https://id.gs1.org/01/04006381333931/21/C000500"))
                .singleElement().satisfies(s -> assertThat(s.location()).isEqualTo(store.id()));
        assertThat(stock.available(buyer, camera.id(), brasov.id()).onHand()).isEqualByComparingTo("1000");
    }

    @Test
    void aSerialsDigitalLinkFollowsItsItemsNewGtin() {
        Item camera = fixture.item("Camera", Tracking.SERIAL, UnitOfMeasure.EA, "4006381333931");
        String serial = serials.create(buyer, new SerialBatch(camera.id(), SerialScheme.PATTERN, "DL", 1L, 1, 4,
                null, null, store.id(), null, null, "GRN-1")).serials().getFirst();
        SerialNumber created = serials.get(buyer, camera.id(), serial);
        assertThat(serials.digitalLink(created)).hasValue("https://id.gs1.org/01/04006381333931/21/" + serial);

        Actor engineer = fixture.actor("engineer.ro");
        Item current = fixture.items.get(engineer, camera.id());
        fixture.items.update(engineer, camera.id(), new org.jointline.engineering.ItemDetails(current.ownerId(), current.number(),
                current.name(), null, current.kind(), current.unit(), current.tracking(), "9506000134352", null, List.of(),
                current.version()));

        assertThat(serials.digitalLink(created)).as("not the GTIN supply remembered before the change")
                .hasValue("https://id.gs1.org/01/09506000134352/21/" + serial);
    }

    @Test
    void adjustmentsAndCountsNeedAReasonAndStayNonNegative() {
        Item prop = fixture.item("Prop", Tracking.LOT, UnitOfMeasure.EA);
        LotId lot = stock.receive(buyer, receipt(prop, store, "20", "P-1")).lot();
        StockAdjusted counted = stock.adjust(buyer, new Adjustment(prop.id(), lot, store.id(), null, new BigDecimal("17"), "cycle count"));
        assertThat(counted.difference()).isEqualByComparingTo("-3");
        assertThatThrownBy(() -> stock.adjust(buyer, new Adjustment(prop.id(), lot, store.id(), new BigDecimal("-18"), null, "lost")))
                .isInstanceOf(StateRefused.class);
        assertThat(stock.available(buyer, prop.id(), brasov.id()).onHand()).isEqualByComparingTo("17");
    }

    @Test
    void onlyTheFacilitysPeopleChangeItsStock() {
        Item prop = fixture.item("Prop", Tracking.LOT, UnitOfMeasure.EA);
        assertThatThrownBy(() -> stock.receive(fixture.actor("engineer.ro"), receipt(prop, store, "1", "X")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> stock.receive(fixture.actor("operator.ua"), receipt(prop, store, "1", "X")))
                .isInstanceOf(InvalidInput.class);
    }

    private long moveCount(Item item) {
        return jdbc.sql("SELECT count(*) FROM supply.stock_move WHERE item_id = :item").param("item", item.id().value())
                .query(Long.class).single();
    }

    static Receipt receipt(Item item, Location location, String quantity, String lot) {
        return new Receipt(item.id(), location.id(), new BigDecimal(quantity), lot, null, null, null, null, "GRN-T", null);
    }

    static Receipt serialReceipt(Item item, Location location, String... serials) {
        return new Receipt(item.id(), location.id(), null, null, null, null, null, List.of(serials), "GRN-T", null);
    }

    record Outcome(boolean won, Throwable error) {
    }

    /** Runs the tasks at the same moment on their own threads (and connections). */
    static List<Outcome> race(int n, java.util.function.IntFunction<Callable<?>> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<?> c = task.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        c.call();
                        return new Outcome(true, null);
                    } catch (Exception e) {
                        return new Outcome(false, e);
                    }
                }));
            }
            start.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
