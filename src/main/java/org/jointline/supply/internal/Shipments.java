package org.jointline.supply.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointline.compliance.AssessmentId;
import org.jointline.compliance.Outcome;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Ids;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.Discrepancy;
import org.jointline.supply.LocationId;
import org.jointline.supply.LotId;
import org.jointline.supply.Shipment;
import org.jointline.supply.ShipmentId;
import org.jointline.supply.ShipmentLineId;
import org.jointline.supply.ShipmentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Shipments with lines, picked serials and discrepancies; names and codes are filled in by the service. */
@Repository
public class Shipments {

    /** A line to store. */
    public record NewLine(ItemId item, LotId lot, LocationId from, BigDecimal quantity, BigDecimal valueEur, List<String> serials) {
    }

    private final JdbcClient jdbc;

    Shipments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String insert(ShipmentId id, FacilityId origin, FacilityId destination, OrganisationId consignee, String country,
                         String note, String createdBy, List<NewLine> lines) {
        long next = jdbc.sql("SELECT nextval('supply.shipment_number')").query(Long.class).single();
        String number = "SHP-" + Year.now() + "-" + String.format("%05d", next);
        jdbc.sql("""
                INSERT INTO supply.shipment (id, number, origin_facility_id, destination_facility_id, consignee_id, destination_country, status, note, created_by)
                VALUES (:id, :number, :origin, :destination, :consignee, :country, 'DRAFT', :note, :by)""")
                .param("id", id.value()).param("number", number).param("origin", origin.value())
                .param("destination", destination.value()).param("consignee", consignee.value()).param("country", country)
                .param("note", note).param("by", createdBy).update();
        int n = 1;
        for (NewLine line : lines) {
            UUID lineId = ShipmentLineId.next().value();
            jdbc.sql("""
                    INSERT INTO supply.shipment_line (id, shipment_id, line_number, item_id, lot_id, from_location_id, quantity, value_eur)
                    VALUES (:id, :shipment, :n, :item, :lot, :from, :q, :value)""")
                    .param("id", lineId).param("shipment", id.value()).param("n", n++).param("item", line.item().value())
                    .param("lot", line.lot() == null ? null : line.lot().value()).param("from", line.from().value())
                    .param("q", line.quantity()).param("value", line.valueEur()).update();
            if (!line.serials().isEmpty()) {
                jdbc.sql("INSERT INTO supply.shipment_serial (line_id, serial) SELECT :line, unnest(CAST(:serials AS TEXT[]))")
                        .param("line", lineId).param("serials", line.serials().toArray(String[]::new)).update();
            }
        }
        return number;
    }

    public void assessed(ShipmentId id, AssessmentId assessment, Outcome outcome) {
        jdbc.sql("UPDATE supply.shipment SET assessment_id = :a, assessment_outcome = :o WHERE id = :id")
                .param("id", id.value()).param("a", assessment.value()).param("o", outcome.name()).update();
    }

    public boolean status(ShipmentId id, ShipmentStatus from, ShipmentStatus to, String person) {
        String who = switch (to) {
            case DISPATCHED -> ", dispatched_by = :person, dispatched_at = now()";
            case RECEIVED -> ", received_by = :person, received_at = now()";
            default -> "";
        };
        var statement = jdbc.sql("UPDATE supply.shipment SET status = :to" + who + " WHERE id = :id AND status = :from")
                .param("id", id.value()).param("from", from.name()).param("to", to.name());
        if (!who.isEmpty()) {
            statement = statement.param("person", person);
        }
        return statement.update() == 1;
    }

    public void received(ShipmentLineId line, BigDecimal quantity, List<String> serialsReceived) {
        jdbc.sql("UPDATE supply.shipment_line SET received = :q WHERE id = :id").param("id", line.value()).param("q", quantity).update();
        if (serialsReceived != null) {
            jdbc.sql("UPDATE supply.shipment_serial SET received = (serial = ANY(:serials)) WHERE line_id = :id")
                    .param("id", line.value()).param("serials", serialsReceived.toArray(String[]::new)).update();
        }
    }

    public void discrepancy(ShipmentId shipment, Discrepancy d) {
        jdbc.sql("""
                INSERT INTO supply.shipment_discrepancy (id, shipment_id, line_id, item_id, serial, expected, received, note)
                VALUES (:id, :shipment, :line, :item, :serial, :expected, :received, :note)""")
                .param("id", Ids.next()).param("shipment", shipment.value()).param("line", d.line() == null ? null : d.line().value())
                .param("item", d.item().value()).param("serial", d.serial()).param("expected", d.expected())
                .param("received", d.received()).param("note", d.note()).update();
    }

    public Optional<Shipment> find(ShipmentId id) {
        return jdbc.sql("SELECT * FROM supply.shipment WHERE id = :id").param("id", id.value()).query(Shipments::map)
                .optional().map(this::complete);
    }

    /** Shipments from or to these facilities. */
    public PageResult<Shipment> page(UUID[] facilities, ShipmentStatus status, PageQuery query) {
        String where = """
                 WHERE (origin_facility_id = ANY(:f) OR destination_facility_id = ANY(:f))
                 AND (CAST(:status AS TEXT) IS NULL OR status = :status) AND lower(number) LIKE :q""";
        String s = status == null ? null : status.name();
        List<Shipment> rows = jdbc.sql("SELECT * FROM supply.shipment " + where + " ORDER BY created_at DESC LIMIT :limit OFFSET :offset")
                .param("f", facilities).param("status", s).param("q", query.likePattern()).param("limit", query.size())
                .param("offset", query.offset()).query(Shipments::map).list();
        long total = jdbc.sql("SELECT count(*) FROM supply.shipment " + where).param("f", facilities).param("status", s)
                .param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    private Shipment complete(Shipment s) {
        Map<UUID, List<String>> serials = new HashMap<>();
        jdbc.sql("SELECT ss.line_id, ss.serial FROM supply.shipment_serial ss JOIN supply.shipment_line l ON l.id = ss.line_id WHERE l.shipment_id = :id ORDER BY ss.serial")
                .param("id", s.id().value())
                .query((rs, n) -> serials.computeIfAbsent(rs.getObject("line_id", UUID.class), k -> new ArrayList<>()).add(rs.getString("serial")))
                .list();
        List<Shipment.Line> lines = jdbc.sql("""
                SELECT l.*, lot.lot_number, loc.code AS from_code FROM supply.shipment_line l
                LEFT JOIN supply.lot lot ON lot.id = l.lot_id JOIN supply.location loc ON loc.id = l.from_location_id
                WHERE l.shipment_id = :id ORDER BY l.line_number""").param("id", s.id().value())
                .query((rs, n) -> {
                    UUID lineId = rs.getObject("id", UUID.class);
                    UUID lot = rs.getObject("lot_id", UUID.class);
                    BigDecimal received = rs.getBigDecimal("received");
                    BigDecimal value = rs.getBigDecimal("value_eur");
                    return new Shipment.Line(new ShipmentLineId(lineId), rs.getInt("line_number"),
                            new ItemId(rs.getObject("item_id", UUID.class)), null, null, lot == null ? null : new LotId(lot),
                            rs.getString("lot_number"), new LocationId(rs.getObject("from_location_id", UUID.class)),
                            rs.getString("from_code"), rs.getBigDecimal("quantity").stripTrailingZeros(),
                            serials.getOrDefault(lineId, List.of()), value,
                            received == null ? null : received.stripTrailingZeros());
                }).list();
        List<Discrepancy> discrepancies = jdbc.sql("SELECT * FROM supply.shipment_discrepancy WHERE shipment_id = :id ORDER BY line_id, serial")
                .param("id", s.id().value()).query((rs, n) -> {
                    UUID line = rs.getObject("line_id", UUID.class);
                    return new Discrepancy(line == null ? null : new ShipmentLineId(line), new ItemId(rs.getObject("item_id", UUID.class)),
                            null, rs.getString("serial"), rs.getBigDecimal("expected").stripTrailingZeros(),
                            rs.getBigDecimal("received").stripTrailingZeros(), rs.getString("note"));
                }).list();
        return new Shipment(s.id(), s.number(), s.origin(), null, s.destination(), null, s.consignee(), s.destinationCountry(),
                s.status(), s.assessment(), s.outcome(), s.note(), s.createdBy(), s.createdAt(), s.dispatchedBy(),
                s.dispatchedAt(), s.receivedBy(), s.receivedAt(), lines, discrepancies);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Shipment map(ResultSet rs, int n) throws SQLException {
        UUID assessment = rs.getObject("assessment_id", UUID.class);
        String outcome = rs.getString("assessment_outcome");
        return new Shipment(new ShipmentId(rs.getObject("id", UUID.class)), rs.getString("number"),
                new FacilityId(rs.getObject("origin_facility_id", UUID.class)), null,
                new FacilityId(rs.getObject("destination_facility_id", UUID.class)), null,
                new OrganisationId(rs.getObject("consignee_id", UUID.class)), rs.getString("destination_country"),
                ShipmentStatus.valueOf(rs.getString("status")), assessment == null ? null : new AssessmentId(assessment),
                outcome == null ? null : Outcome.valueOf(outcome), rs.getString("note"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getString("dispatched_by"), instant(rs, "dispatched_at"),
                rs.getString("received_by"), instant(rs, "received_at"), List.of(), List.of());
    }
}
