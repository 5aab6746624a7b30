package org.jointline.production.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.production.Acceptance;
import org.jointline.production.Delivery;
import org.jointline.production.DeliveryId;
import org.jointline.production.UnitId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Acceptance decisions on units, and deliveries of accepted units. */
@Repository
public class Deliveries {

    private static final String SELECT = """
            SELECT d.*, ARRAY(SELECT u.serial FROM production.acceptance a JOIN production.unit u ON u.id = a.unit_id
                              WHERE a.delivery_id = d.id ORDER BY u.serial) AS serials
            FROM production.delivery d""";
    private final JdbcClient jdbc;

    Deliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAcceptance(UnitId unit, OrganisationId customer, boolean accepted, String reason, UUID by, String byName) {
        jdbc.sql("""
                INSERT INTO production.acceptance (id, unit_id, customer_id, accepted, reason, decided_by, decided_by_name)
                VALUES (:id, :unit, :customer, :accepted, :reason, :by, :byName)""")
                .param("id", org.jointline.platform.Ids.next()).param("unit", unit.value())
                .param("customer", customer.value()).param("accepted", accepted).param("reason", reason)
                .param("by", by).param("byName", byName).update();
    }

    public List<Acceptance> acceptances(UnitId unit) {
        return jdbc.sql("""
                SELECT a.*, u.serial FROM production.acceptance a JOIN production.unit u ON u.id = a.unit_id
                WHERE a.unit_id = :unit ORDER BY a.decided_at DESC""")
                .param("unit", unit.value())
                .query((rs, n) -> new Acceptance(new UnitId(Rows.uuid(rs, "unit_id")), rs.getString("serial"),
                        rs.getBoolean("accepted"), rs.getString("reason"), rs.getString("decided_by_name"),
                        Rows.instant(rs, "decided_at")))
                .list();
    }

    public void insert(DeliveryId id, UUID organisation, String number, OrganisationId customer, FacilityId from,
                       FacilityId to, UUID by) {
        jdbc.sql("""
                INSERT INTO production.delivery (id, organisation_id, number, customer_id, from_facility_id, to_facility_id, created_by)
                VALUES (:id, :org, :number, :customer, :from, :to, :by)""")
                .param("id", id.value()).param("org", organisation).param("number", number)
                .param("customer", customer.value()).param("from", from.value())
                .param("to", to == null ? null : to.value()).param("by", by).update();
    }

    public void recordShipment(DeliveryId id, UUID shipment, String shipmentNumber, String outcome) {
        jdbc.sql("UPDATE production.delivery SET shipment_id = :s, shipment_number = :n, compliance_outcome = :o WHERE id = :id")
                .param("id", id.value()).param("s", shipment).param("n", shipmentNumber).param("o", outcome).update();
    }

    public void markDispatched(DeliveryId id, String outcome) {
        jdbc.sql("UPDATE production.delivery SET dispatched_at = now(), compliance_outcome = :o WHERE id = :id")
                .param("id", id.value()).param("o", outcome).update();
    }

    /** Deliveries whose shipment has this number and has not left yet. */
    public List<DeliveryId> waitingFor(String shipmentNumber) {
        return jdbc.sql("SELECT id FROM production.delivery WHERE shipment_number = :n AND dispatched_at IS NULL")
                .param("n", shipmentNumber).query(UUID.class).list().stream().map(DeliveryId::new).toList();
    }

    /** Takes the delivery's row lock: it is dispatched once, by a person or by the release listener. */
    public void lock(DeliveryId id) {
        jdbc.sql("SELECT 1 FROM production.delivery WHERE id = :id FOR UPDATE").param("id", id.value()).query(Integer.class).list();
    }

    /** Attaches the latest (accepting) decision of each unit to the delivery. */
    public void attach(DeliveryId id, List<UnitId> units) {
        jdbc.sql("""
                UPDATE production.acceptance a SET delivery_id = :d WHERE a.accepted AND a.unit_id = ANY(:units)
                    AND a.decided_at = (SELECT max(b.decided_at) FROM production.acceptance b WHERE b.unit_id = a.unit_id)""")
                .param("d", id.value()).param("units", units.stream().map(UnitId::value).toArray(UUID[]::new)).update();
    }

    public Optional<Owned<Delivery>> find(DeliveryId id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id.value())
                .query((rs, n) -> new Owned<>(Rows.uuid(rs, "organisation_id"), map(rs, n))).optional();
    }

    public List<UnitId> units(DeliveryId id) {
        return jdbc.sql("SELECT a.unit_id FROM production.acceptance a JOIN production.unit u ON u.id = a.unit_id WHERE a.delivery_id = :d ORDER BY u.serial")
                .param("d", id.value()).query(UUID.class).list().stream().map(UnitId::new).toList();
    }

    /** Deliveries made by or to an organisation ({@code null}: all). */
    public PageResult<Delivery> page(UUID organisation, PageQuery query) {
        String where = " WHERE (CAST(:org AS UUID) IS NULL OR d.organisation_id = :org OR d.customer_id = :org)"
                + " AND (lower(d.number) LIKE :q OR lower(coalesce(d.shipment_number, '')) LIKE :q)";
        List<Delivery> rows = jdbc.sql(SELECT + where + " ORDER BY d.id DESC LIMIT :limit OFFSET :offset")
                .param("org", organisation).param("q", query.likePattern()).param("limit", query.size())
                .param("offset", query.offset()).query(Deliveries::map).list();
        long total = jdbc.sql("SELECT count(*) FROM production.delivery d" + where).param("org", organisation)
                .param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    private static Delivery map(ResultSet rs, int n) throws SQLException {
        return new Delivery(new DeliveryId(Rows.uuid(rs, "id")), rs.getString("number"),
                new OrganisationId(Rows.uuid(rs, "customer_id")), new FacilityId(Rows.uuid(rs, "from_facility_id")),
                Rows.id(rs, "to_facility_id", FacilityId::new), Rows.uuid(rs, "shipment_id"), rs.getString("shipment_number"),
                rs.getString("compliance_outcome"), Rows.texts(rs, "serials"), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "dispatched_at"));
    }
}
