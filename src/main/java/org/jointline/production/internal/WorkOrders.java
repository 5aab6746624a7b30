package org.jointline.production.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProductionLineId;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.production.MaterialProgress;
import org.jointline.production.Operation;
import org.jointline.production.OperationId;
import org.jointline.production.OperationKind;
import org.jointline.production.SerialScheme;
import org.jointline.production.WorkOrder;
import org.jointline.production.WorkOrderDetails;
import org.jointline.production.WorkOrderId;
import org.jointline.production.WorkOrderStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Work orders, the BOM lines they were released with, and their routing. */
@Repository
public class WorkOrders {

    /**
     * Orders with their units counted, the orders' IDs given. Counting per order inside one query (a subquery on
     * {@code w.id}) makes the planner guess an order's share of all units from their average; with one order of
     * millions that guess is "all of them", and each read of a small order scanned the whole unit table.
     */
    private static final String WITH_COUNTS = """
            SELECT w.*, coalesce(c.commissioned, 0) AS commissioned, coalesce(c.completed, 0) AS completed
            FROM production.work_order w LEFT JOIN (
                SELECT u.work_order_id, count(*) AS commissioned,
                       count(*) FILTER (WHERE u.status IN ('COMPLETED', 'ACCEPTED', 'DELIVERED')) AS completed
                FROM production.unit u WHERE u.work_order_id = ANY(:ids) GROUP BY u.work_order_id) c ON c.work_order_id = w.id
            WHERE w.id = ANY(:ids)""";
    private final JdbcClient jdbc;

    WorkOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A snapshot of the item and revision, taken when the order is made. */
    public record Snapshot(String itemNumber, String itemName, String revisionLabel, String gtin) {
    }

    /** A BOM line as released: the component, per-unit quantity, how it is tracked, and its allowed alternates. */
    public record Material(ItemId itemId, String itemNumber, String itemName, String tracking, BigDecimal quantity,
                           List<ItemId> alternates, int position) {
    }

    public void insert(WorkOrderId id, UUID organisation, String number, WorkOrderDetails d, BomRevisionId revision,
                       Snapshot snapshot, UUID createdBy) {
        jdbc.sql("""
                INSERT INTO production.work_order (id, organisation_id, number, item_id, item_number, item_name,
                    bom_revision_id, revision_label, quantity, facility_id, line_id, customer_id, planned_start, planned_end,
                    serial_scheme, serial_pattern, gtin, status, created_by)
                VALUES (:id, :org, :number, :item, :itemNumber, :itemName, :revision, :label, :quantity, :facility, :line,
                    :customer, :start, :end, :scheme, :pattern, :gtin, 'PLANNED', :by)""")
                .param("id", id.value()).param("org", organisation).param("number", number)
                .param("item", d.itemId().value()).param("itemNumber", snapshot.itemNumber())
                .param("itemName", snapshot.itemName()).param("revision", revision.value())
                .param("label", snapshot.revisionLabel()).param("quantity", d.quantity())
                .param("facility", d.facilityId().value()).param("line", d.lineId() == null ? null : d.lineId().value())
                .param("customer", d.customerId() == null ? null : d.customerId().value())
                .param("start", d.plannedStart()).param("end", d.plannedEnd())
                .param("scheme", d.serialScheme().name()).param("pattern", d.serialPattern())
                .param("gtin", snapshot.gtin()).param("by", createdBy).update();
    }

    public void insertMaterials(WorkOrderId id, List<Material> materials) {
        for (Material m : materials) {
            jdbc.sql("""
                    INSERT INTO production.work_order_material (work_order_id, item_id, item_number, item_name, tracking,
                        quantity, alternates, position) VALUES (:wo, :item, :number, :name, :tracking, :quantity, :alternates, :position)
                    ON CONFLICT (work_order_id, item_id) DO UPDATE SET quantity = production.work_order_material.quantity + EXCLUDED.quantity""")
                    .param("wo", id.value()).param("item", m.itemId().value()).param("number", m.itemNumber())
                    .param("name", m.itemName()).param("tracking", m.tracking()).param("quantity", m.quantity())
                    .param("alternates", m.alternates().stream().map(ItemId::value).toArray(UUID[]::new))
                    .param("position", m.position()).update();
        }
    }

    public void insertOperations(WorkOrderId id, List<OperationKind> kinds, List<String> names) {
        for (int i = 0; i < kinds.size(); i++) {
            jdbc.sql("INSERT INTO production.operation (id, work_order_id, position, kind, name) VALUES (:id, :wo, :p, :kind, :name)")
                    .param("id", OperationId.next().value()).param("wo", id.value()).param("p", (i + 1) * 10)
                    .param("kind", kinds.get(i).name()).param("name", names.get(i)).update();
        }
    }

    public Optional<WorkOrder> find(WorkOrderId id) {
        return withCounts(new UUID[]{id.value()}).stream().findFirst();
    }

    /** Work orders of an organisation; {@code null} organisation: all (administrators). */
    public PageResult<WorkOrder> page(UUID organisation, PageQuery query, WorkOrderStatus status) {
        String where = " WHERE (CAST(:org AS UUID) IS NULL OR w.organisation_id = :org)"
                + " AND (CAST(:status AS TEXT) IS NULL OR w.status = :status)"
                + " AND (lower(w.number) LIKE :q OR lower(w.item_number) LIKE :q OR lower(w.item_name) LIKE :q)";
        String statusName = status == null ? null : status.name();
        UUID[] ids = jdbc.sql("SELECT w.id FROM production.work_order w" + where + " ORDER BY w.id DESC LIMIT :limit OFFSET :offset")
                .param("org", organisation).param("status", statusName).param("q", query.likePattern())
                .param("limit", query.size()).param("offset", query.offset()).query(UUID.class).list().toArray(UUID[]::new);
        List<WorkOrder> rows = withCounts(ids);
        long total = jdbc.sql("SELECT count(*) FROM production.work_order w" + where).param("org", organisation)
                .param("status", statusName).param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    public void setStatus(WorkOrderId id, WorkOrderStatus status, int version) {
        int changed = jdbc.sql("""
                UPDATE production.work_order SET status = :status, version = version + 1,
                    released_at = CASE WHEN :status = 'RELEASED' THEN now() ELSE released_at END,
                    completed_at = CASE WHEN :status = 'COMPLETED' THEN now() ELSE completed_at END
                WHERE id = :id AND version = :version""")
                .param("id", id.value()).param("status", status.name()).param("version", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("work order " + id);
        }
    }

    /** Moves a released order to in progress when its first unit starts; harmless when already there. */
    public void markInProgress(WorkOrderId id) {
        jdbc.sql("UPDATE production.work_order SET status = 'IN_PROGRESS', version = version + 1 WHERE id = :id AND status = 'RELEASED'")
                .param("id", id.value()).update();
    }

    public List<Material> materials(WorkOrderId id) {
        return jdbc.sql("SELECT * FROM production.work_order_material WHERE work_order_id = :id ORDER BY position, item_number")
                .param("id", id.value())
                .query((rs, n) -> new Material(new ItemId(Rows.uuid(rs, "item_id")), rs.getString("item_number"),
                        rs.getString("item_name"), rs.getString("tracking"), Rows.decimal(rs, "quantity"),
                        Rows.ids(rs, "alternates", ItemId::new), rs.getInt("position")))
                .list();
    }

    public List<Operation> operations(WorkOrderId id) {
        return jdbc.sql("SELECT * FROM production.operation WHERE work_order_id = :id ORDER BY position")
                .param("id", id.value())
                .query((rs, n) -> new Operation(new OperationId(Rows.uuid(rs, "id")), rs.getInt("position"),
                        Rows.enumOf(rs, "kind", OperationKind.class), rs.getString("name")))
                .list();
    }

    /** Material progress of a unit: per released BOM line, how much is installed (removed rows do not count). */
    public List<MaterialProgress> progress(WorkOrderId workOrder, UUID unit) {
        return jdbc.sql("""
                SELECT m.*, coalesce((SELECT sum(c.quantity) FROM production.component c
                    WHERE c.unit_id = :unit AND c.bom_item_id = m.item_id AND c.removed_at IS NULL), 0) AS installed
                FROM production.work_order_material m WHERE m.work_order_id = :wo ORDER BY m.position, m.item_number""")
                .param("wo", workOrder.value()).param("unit", unit)
                .query((rs, n) -> new MaterialProgress(new ItemId(Rows.uuid(rs, "item_id")), rs.getString("item_number"),
                        rs.getString("item_name"), rs.getString("tracking"), Rows.decimal(rs, "quantity"),
                        Rows.decimal(rs, "installed"), Rows.ids(rs, "alternates", ItemId::new)))
                .list();
    }

    private List<WorkOrder> withCounts(UUID[] ids) {
        return jdbc.sql(WITH_COUNTS + " ORDER BY w.id DESC").param("ids", ids).query(WorkOrders::map).list();
    }

    private static WorkOrder map(ResultSet rs, int n) throws SQLException {
        return new WorkOrder(new WorkOrderId(Rows.uuid(rs, "id")), new OrganisationId(Rows.uuid(rs, "organisation_id")),
                rs.getString("number"), new ItemId(Rows.uuid(rs, "item_id")), rs.getString("item_number"),
                rs.getString("item_name"), new BomRevisionId(Rows.uuid(rs, "bom_revision_id")), rs.getString("revision_label"),
                rs.getInt("quantity"), new FacilityId(Rows.uuid(rs, "facility_id")), Rows.id(rs, "line_id", ProductionLineId::new),
                Rows.id(rs, "customer_id", OrganisationId::new), Rows.date(rs, "planned_start"), Rows.date(rs, "planned_end"),
                Rows.enumOf(rs, "serial_scheme", SerialScheme.class), rs.getString("serial_pattern"), rs.getString("gtin"),
                Rows.enumOf(rs, "status", WorkOrderStatus.class), rs.getInt("commissioned"), rs.getInt("completed"),
                Rows.instant(rs, "created_at"), rs.getInt("version"));
    }
}
