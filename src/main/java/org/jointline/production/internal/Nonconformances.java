package org.jointline.production.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.ItemId;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.production.Disposition;
import org.jointline.production.DispositionDetails;
import org.jointline.production.Nonconformance;
import org.jointline.production.NonconformanceId;
import org.jointline.production.NonconformanceStatus;
import org.jointline.production.NonconformanceSubject;
import org.jointline.production.TestResultId;
import org.jointline.production.UnitId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Nonconformances on units, lots and supplier receipts. */
@Repository
public class Nonconformances {

    private static final String SELECT = """
            SELECT n.*, u.serial AS unit_serial FROM production.nonconformance n
            LEFT JOIN production.unit u ON u.id = n.unit_id""";
    private final JdbcClient jdbc;

    Nonconformances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(NonconformanceId id, UUID organisation, String number, NonconformanceSubject subject, UnitId unit,
                       ItemId item, String lot, String receipt, TestResultId testResult, String description, UUID by) {
        jdbc.sql("""
                INSERT INTO production.nonconformance (id, organisation_id, number, subject, unit_id, item_id, lot,
                    receipt_reference, test_result_id, description, status, opened_by)
                VALUES (:id, :org, :number, :subject, :unit, :item, :lot, :receipt, :test, :description, 'OPEN', :by)""")
                .param("id", id.value()).param("org", organisation).param("number", number)
                .param("subject", subject.name()).param("unit", unit == null ? null : unit.value())
                .param("item", item == null ? null : item.value()).param("lot", lot).param("receipt", receipt)
                .param("test", testResult == null ? null : testResult.value()).param("description", description)
                .param("by", by).update();
    }

    public Optional<Owned<Nonconformance>> find(NonconformanceId id) {
        return jdbc.sql(SELECT + " WHERE n.id = :id").param("id", id.value())
                .query((rs, n) -> new Owned<>(Rows.uuid(rs, "organisation_id"), map(rs, n))).optional();
    }

    public List<Nonconformance> ofUnit(UnitId unit) {
        return jdbc.sql(SELECT + " WHERE n.unit_id = :unit ORDER BY n.opened_at DESC").param("unit", unit.value())
                .query(Nonconformances::map).list();
    }

    public PageResult<Nonconformance> page(UUID organisation, PageQuery query, NonconformanceStatus status) {
        String where = " WHERE (CAST(:org AS UUID) IS NULL OR n.organisation_id = :org)"
                + " AND (CAST(:status AS TEXT) IS NULL OR n.status = :status)"
                + " AND (lower(n.number) LIKE :q OR lower(n.description) LIKE :q OR lower(coalesce(u.serial, '')) LIKE :q"
                + " OR lower(coalesce(n.lot, '')) LIKE :q)";
        String statusName = status == null ? null : status.name();
        List<Nonconformance> rows = jdbc.sql(SELECT + where + " ORDER BY n.id DESC LIMIT :limit OFFSET :offset")
                .param("org", organisation).param("status", statusName).param("q", query.likePattern())
                .param("limit", query.size()).param("offset", query.offset()).query(Nonconformances::map).list();
        long total = jdbc.sql("SELECT count(*) FROM production.nonconformance n LEFT JOIN production.unit u ON u.id = n.unit_id" + where)
                .param("org", organisation).param("status", statusName).param("q", query.likePattern())
                .query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    public void disposition(NonconformanceId id, DispositionDetails d, NonconformanceStatus status, UUID by, int version) {
        int changed = jdbc.sql("""
                UPDATE production.nonconformance SET disposition = :disposition, disposition_note = :note,
                    root_cause = :cause, corrective_action = :action, status = :status, dispositioned_by = :by,
                    dispositioned_at = now(), closed_at = CASE WHEN :status = 'CLOSED' THEN now() END, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("id", id.value()).param("disposition", d.disposition().name()).param("note", d.note())
                .param("cause", d.rootCause()).param("action", d.correctiveAction()).param("status", status.name())
                .param("by", by).param("version", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("nonconformance " + id);
        }
    }

    public void recordReturn(NonconformanceId id, Stock.Shipped shipment) {
        jdbc.sql("""
                UPDATE production.nonconformance SET return_shipment_id = :s, return_shipment_number = :n, return_outcome = :o,
                    return_dispatched_at = CASE WHEN :dispatched THEN now() END WHERE id = :id""")
                .param("id", id.value()).param("s", shipment.shipmentId()).param("n", shipment.number())
                .param("o", shipment.outcome()).param("dispatched", shipment.dispatched()).update();
    }

    public void markReturnDispatched(NonconformanceId id, String outcome) {
        jdbc.sql("UPDATE production.nonconformance SET return_dispatched_at = now(), return_outcome = :o WHERE id = :id")
                .param("id", id.value()).param("o", outcome).update();
    }

    /** Nonconformances whose return shipment has this number and has not left yet. */
    public List<NonconformanceId> returnsWaitingFor(String shipmentNumber) {
        return jdbc.sql("""
                SELECT id FROM production.nonconformance
                WHERE return_shipment_number = :n AND return_shipment_id IS NOT NULL AND return_dispatched_at IS NULL""")
                .param("n", shipmentNumber).query(UUID.class).list().stream().map(NonconformanceId::new).toList();
    }

    public void lock(NonconformanceId id) {
        jdbc.sql("SELECT 1 FROM production.nonconformance WHERE id = :id FOR UPDATE").param("id", id.value())
                .query(Integer.class).list();
    }

    public void approve(NonconformanceId id, UUID by, int version) {
        int changed = jdbc.sql("""
                UPDATE production.nonconformance SET approved_by = :by, approved_at = now(), status = 'CLOSED',
                    closed_at = now(), version = version + 1 WHERE id = :id AND version = :version""")
                .param("id", id.value()).param("by", by).param("version", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("nonconformance " + id);
        }
    }

    private static Nonconformance map(ResultSet rs, int n) throws SQLException {
        return new Nonconformance(new NonconformanceId(Rows.uuid(rs, "id")), rs.getString("number"),
                Rows.enumOf(rs, "subject", NonconformanceSubject.class), Rows.id(rs, "unit_id", UnitId::new),
                rs.getString("unit_serial"), Rows.id(rs, "item_id", ItemId::new), rs.getString("lot"),
                rs.getString("receipt_reference"), Rows.id(rs, "test_result_id", TestResultId::new),
                rs.getString("description"), Rows.enumOf(rs, "status", NonconformanceStatus.class),
                Rows.enumOf(rs, "disposition", Disposition.class), rs.getString("disposition_note"),
                Rows.instant(rs, "dispositioned_at"), Rows.instant(rs, "approved_at"), rs.getString("root_cause"),
                rs.getString("corrective_action"), Rows.instant(rs, "opened_at"), Rows.instant(rs, "closed_at"),
                rs.getInt("version"), rs.getObject("return_shipment_id") == null ? null
                        : new Nonconformance.Return(Rows.uuid(rs, "return_shipment_id"), rs.getString("return_shipment_number"),
                        rs.getString("return_outcome"), Rows.instant(rs, "return_dispatched_at")));
    }
}
