package org.jointline.supply.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.platform.Actor;
import org.jointline.supply.Location;
import org.jointline.supply.LocationId;
import org.jointline.supply.LotId;
import org.jointline.supply.MoveKind;
import org.jointline.supply.SerialId;
import org.jointline.supply.StockMoveId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Quantities on hand and the append-only moves behind them. A decrement is one conditional UPDATE
 * ({@code quantity >= :q}); the row lock makes a second taker of the last unit re-read and find too little,
 * and the CHECK (quantity >= 0) stands behind it.
 */
@Repository
public class Ledger {

    /** One stock move to write. */
    public record Move(MoveKind kind, ItemId item, LotId lot, SerialId serial, BigDecimal quantity, LocationId from,
                       LocationId to, FacilityId facility, String reason, String document) {
    }

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(ItemId item, LotId lot, Location location, BigDecimal quantity) {
        jdbc.sql("""
                INSERT INTO supply.on_hand (item_id, lot_id, location_id, facility_id, quantity) VALUES (:item, :lot, :location, :facility, :q)
                ON CONFLICT ON CONSTRAINT on_hand_key DO UPDATE SET quantity = supply.on_hand.quantity + EXCLUDED.quantity, changed_at = now()""")
                .param("item", item.value()).param("lot", lot == null ? null : lot.value())
                .param("location", location.id().value()).param("facility", location.facility().value())
                .param("q", quantity).update();
    }

    /** Takes the quantity if that much is there; false (and nothing changed) otherwise. */
    public boolean take(ItemId item, LotId lot, LocationId location, BigDecimal quantity) {
        String lotCondition = lot == null ? "lot_id IS NULL" : "lot_id = :lot";
        var statement = jdbc.sql("UPDATE supply.on_hand SET quantity = quantity - :q, changed_at = now()"
                        + " WHERE item_id = :item AND location_id = :location AND " + lotCondition + " AND quantity >= :q")
                .param("item", item.value()).param("location", location.value()).param("q", quantity);
        if (lot != null) {
            statement = statement.param("lot", lot.value());
        }
        return statement.update() == 1;
    }

    public BigDecimal onHand(ItemId item, LotId lot, LocationId location) {
        String lotCondition = lot == null ? "lot_id IS NULL" : "lot_id = :lot";
        var statement = jdbc.sql("SELECT COALESCE(sum(quantity), 0) FROM supply.on_hand WHERE item_id = :item AND location_id = :location AND " + lotCondition)
                .param("item", item.value()).param("location", location.value());
        if (lot != null) {
            statement = statement.param("lot", lot.value());
        }
        return statement.query(BigDecimal.class).single();
    }

    /**
     * Writes one move per serial that share everything but the serial (a receipt of many serials) in one
     * statement that sends only two arrays: the move ids (UUIDv7, made here) and the serial ids.
     */
    public Instant recordSerials(Actor actor, Move shared, List<SerialId> serialIds) {
        Instant at = Instant.now();
        UUID[] ids = new UUID[serialIds.size()];
        UUID[] serials = new UUID[serialIds.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = StockMoveId.next().value();
            serials[i] = serialIds.get(i).value();
        }
        jdbc.sql("""
                INSERT INTO supply.stock_move (id, at, kind, item_id, lot_id, serial_id, quantity, from_location_id, to_location_id,
                                               facility_id, reason, document, person_id, person_name, organisation_id)
                SELECT u.id, :at, :kind, :item, :lot, u.serial, 1, :from, :to, :facility, :reason, :document,
                       :person, :personName, :organisation
                FROM unnest(CAST(:ids AS UUID[]), CAST(:serials AS UUID[])) AS u(id, serial)""")
                .param("at", Timestamp.from(at)).param("kind", shared.kind().name()).param("item", shared.item().value())
                .param("lot", shared.lot() == null ? null : shared.lot().value())
                .param("from", shared.from() == null ? null : shared.from().value())
                .param("to", shared.to() == null ? null : shared.to().value()).param("facility", shared.facility().value())
                .param("reason", shared.reason()).param("document", shared.document()).param("person", actor.personId())
                .param("personName", actor.displayName()).param("organisation", actor.organisationId())
                .param("ids", ids).param("serials", serials).update();
        return at;
    }

    /** Writes the moves in one statement, whatever their number. */
    public Instant record(Actor actor, List<Move> moves) {
        Instant at = Instant.now();
        int n = moves.size();
        UUID[] ids = new UUID[n];
        String[] kinds = new String[n];
        UUID[] items = new UUID[n];
        UUID[] lots = new UUID[n];
        UUID[] serials = new UUID[n];
        BigDecimal[] quantities = new BigDecimal[n];
        UUID[] froms = new UUID[n];
        UUID[] tos = new UUID[n];
        UUID[] facilities = new UUID[n];
        String[] reasons = new String[n];
        String[] documents = new String[n];
        for (int i = 0; i < n; i++) {
            Move m = moves.get(i);
            ids[i] = StockMoveId.next().value();
            kinds[i] = m.kind().name();
            items[i] = m.item().value();
            lots[i] = m.lot() == null ? null : m.lot().value();
            serials[i] = m.serial() == null ? null : m.serial().value();
            quantities[i] = m.quantity();
            froms[i] = m.from() == null ? null : m.from().value();
            tos[i] = m.to() == null ? null : m.to().value();
            facilities[i] = m.facility().value();
            reasons[i] = m.reason();
            documents[i] = m.document();
        }
        jdbc.sql("""
                INSERT INTO supply.stock_move (id, at, kind, item_id, lot_id, serial_id, quantity, from_location_id, to_location_id,
                                               facility_id, reason, document, person_id, person_name, organisation_id)
                SELECT u.id, :at, u.kind, u.item, u.lot, u.serial, u.quantity, u.from_location, u.to_location, u.facility,
                       u.reason, u.document, :person, :personName, :organisation
                FROM unnest(CAST(:ids AS UUID[]), CAST(:kinds AS TEXT[]), CAST(:items AS UUID[]), CAST(:lots AS UUID[]),
                            CAST(:serials AS UUID[]), CAST(:quantities AS NUMERIC[]), CAST(:froms AS UUID[]), CAST(:tos AS UUID[]),
                            CAST(:facilities AS UUID[]), CAST(:reasons AS TEXT[]), CAST(:documents AS TEXT[]))
                     AS u(id, kind, item, lot, serial, quantity, from_location, to_location, facility, reason, document)""")
                .param("at", Timestamp.from(at)).param("person", actor.personId()).param("personName", actor.displayName())
                .param("organisation", actor.organisationId()).param("ids", ids).param("kinds", kinds).param("items", items)
                .param("lots", lots).param("serials", serials).param("quantities", quantities).param("froms", froms)
                .param("tos", tos).param("facilities", facilities).param("reasons", reasons).param("documents", documents)
                .update();
        return at;
    }

    public static List<Move> perSerial(MoveKind kind, ItemId item, List<Serials.Taken> taken, LocationId to,
                                       FacilityId facility, String reason, String document) {
        List<Move> moves = new ArrayList<>(taken.size());
        for (Serials.Taken t : taken) {
            moves.add(new Move(kind, item, t.lot(), t.id(), BigDecimal.ONE, t.from(), to,
                    facility != null ? facility : t.facility(), reason, document));
        }
        return moves;
    }
}
