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
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.production.ComponentId;
import org.jointline.production.GenealogyRow;
import org.jointline.production.InstalledComponent;
import org.jointline.production.Unit;
import org.jointline.production.UnitId;
import org.jointline.production.UnitStatus;
import org.jointline.production.WhereUsed;
import org.jointline.production.WorkOrderId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units and their genealogy: the components installed and lots consumed, any depth, both directions. */
@Repository
public class Units {

    static final int MAX_DEPTH = 50;
    private static final String SELECT = """
            SELECT u.*, w.number AS work_order_number, w.item_number, w.item_name, w.revision_label, w.facility_id,
                   w.customer_id
            FROM production.unit u JOIN production.work_order w ON w.id = u.work_order_id""";
    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A component row to write. */
    public record NewComponent(ComponentId id, UnitId unit, ItemId item, String itemNumber, ItemId bomItem, String serial,
                               String lot, UUID supplierId, String supplierName, BigDecimal quantity, UnitId componentUnit,
                               ComponentId replaces, UUID by) {
    }

    public void insert(UnitId id, UUID organisation, WorkOrderId workOrder, ItemId item, String serial,
                       BomRevisionId revision, String digitalLink, UUID by) {
        jdbc.sql("""
                INSERT INTO production.unit (id, organisation_id, work_order_id, item_id, serial, bom_revision_id, digital_link,
                    status, commissioned_by) VALUES (:id, :org, :wo, :item, :serial, :revision, :link, 'IN_PROGRESS', :by)""")
                .param("id", id.value()).param("org", organisation).param("wo", workOrder.value())
                .param("item", item.value()).param("serial", serial).param("revision", revision.value())
                .param("link", digitalLink).param("by", by).update();
    }

    public boolean serialTaken(UUID organisation, ItemId item, String serial) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM production.unit WHERE organisation_id = :org AND item_id = :item AND serial = :serial)")
                .param("org", organisation).param("item", item.value()).param("serial", serial).query(Boolean.class).single();
    }

    public Optional<Unit> find(UnitId id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id").param("id", id.value()).query(Units::map).optional();
    }

    /** Units with this serial (or Digital Link) that the organisations may see ({@code null}: all). */
    public List<Unit> bySerial(String code, UUID[] organisations) {
        return jdbc.sql(SELECT + " WHERE (u.serial = :code OR u.digital_link = :code)"
                        + " AND (CAST(:orgs AS UUID[]) IS NULL OR u.organisation_id = ANY(:orgs) OR w.customer_id = ANY(:orgs))")
                .param("code", code).param("orgs", organisations).query(Units::map).list();
    }

    public Optional<Unit> byItemSerial(UUID organisation, ItemId item, String serial) {
        return jdbc.sql(SELECT + " WHERE u.organisation_id = :org AND u.item_id = :item AND u.serial = :serial")
                .param("org", organisation).param("item", item.value()).param("serial", serial).query(Units::map).optional();
    }

    public List<Unit> ofWorkOrder(WorkOrderId id) {
        return jdbc.sql(SELECT + " WHERE u.work_order_id = :wo ORDER BY u.serial").param("wo", id.value()).query(Units::map).list();
    }

    /**
     * Units an organisation builds or (as customer) receives; {@code null} organisation: all. A customer sees
     * only units from completion on.
     */
    public PageResult<Unit> page(UUID organisation, PageQuery query, UnitStatus status) {
        String where = " WHERE (CAST(:org AS UUID) IS NULL OR u.organisation_id = :org OR (w.customer_id = :org"
                + " AND u.status IN ('COMPLETED','ACCEPTED','REJECTED','DELIVERED')))"
                + " AND (CAST(:status AS TEXT) IS NULL OR u.status = :status)"
                + " AND (lower(u.serial) LIKE :q OR lower(w.number) LIKE :q OR lower(w.item_number) LIKE :q)";
        String statusName = status == null ? null : status.name();
        List<Unit> rows = jdbc.sql(SELECT + where + " ORDER BY u.id DESC LIMIT :limit OFFSET :offset")
                .param("org", organisation).param("status", statusName).param("q", query.likePattern())
                .param("limit", query.size()).param("offset", query.offset()).query(Units::map).list();
        long total = jdbc.sql("SELECT count(*) FROM production.unit u JOIN production.work_order w ON w.id = u.work_order_id" + where)
                .param("org", organisation).param("status", statusName).param("q", query.likePattern())
                .query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    public void setStatus(UnitId id, UnitStatus status, int version) {
        int changed = jdbc.sql("""
                UPDATE production.unit SET status = :status, version = version + 1,
                    completed_at = CASE WHEN :status = 'COMPLETED' THEN now() ELSE completed_at END
                WHERE id = :id AND version = :version""")
                .param("id", id.value()).param("status", status.name()).param("version", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("unit " + id);
        }
    }

    /** The unit, its row locked: installs and completion on one unit run one at a time (one statement for both). */
    public Optional<Unit> findForUpdate(UnitId id) {
        return jdbc.sql(SELECT + " WHERE u.id = :id FOR UPDATE OF u").param("id", id.value()).query(Units::map).optional();
    }

    /** Takes the unit's row lock: installs and completion on one unit run one at a time. */
    public void lock(UnitId id) {
        jdbc.sql("SELECT 1 FROM production.unit WHERE id = :id FOR UPDATE").param("id", id.value()).query(Integer.class).list();
    }

    /**
     * Writes the component row and answers it as written (one statement). The work order is in progress already:
     * commissioning its first unit put it there.
     */
    public InstalledComponent insertComponent(NewComponent c) {
        return jdbc.sql("""
                INSERT INTO production.component (id, unit_id, item_id, item_number, bom_item_id, serial, lot, supplier_id,
                    supplier_name, quantity, component_unit_id, replaces_id, installed_by)
                VALUES (:id, :unit, :item, :number, :bomItem, :serial, :lot, :supplier, :supplierName, :quantity,
                    :componentUnit, :replaces, :by)
                RETURNING *""")
                .param("id", c.id().value()).param("unit", c.unit().value()).param("item", c.item().value())
                .param("number", c.itemNumber()).param("bomItem", c.bomItem().value()).param("serial", c.serial())
                .param("lot", c.lot()).param("supplier", c.supplierId()).param("supplierName", c.supplierName())
                .param("quantity", c.quantity())
                .param("componentUnit", c.componentUnit() == null ? null : c.componentUnit().value())
                .param("replaces", c.replaces() == null ? null : c.replaces().value()).param("by", c.by())
                .query(Units::component).single();
    }

    /** What is installed now on a BOM line of the unit (removed rows do not count). */
    public BigDecimal installedOn(UnitId unit, ItemId bomItem) {
        return jdbc.sql("""
                SELECT coalesce(sum(quantity), 0) FROM production.component
                WHERE unit_id = :unit AND bom_item_id = :item AND removed_at IS NULL""")
                .param("unit", unit.value()).param("item", bomItem.value()).query(BigDecimal.class).single();
    }

    /**
     * What an install of a serial must know, in one statement: the unit holding it now (and its serial), whether it
     * is a unit built here (and installed somewhere already), and what is installed now on the BOM line it fills.
     */
    public record SerialCheck(UnitId holder, String holderSerial, UnitId builtHere, boolean builtHereInstalled,
                              BigDecimal installedOnLine) {
    }

    public SerialCheck check(Unit unit, ItemId item, String serial, ItemId bomItem) {
        return jdbc.sql("""
                SELECT h.unit_id AS holder, hu.serial AS holder_serial, b.id AS built_here,
                       EXISTS (SELECT 1 FROM production.component p WHERE p.component_unit_id = b.id AND p.removed_at IS NULL)
                           AS built_here_installed,
                       (SELECT coalesce(sum(c.quantity), 0) FROM production.component c
                        WHERE c.unit_id = :unit AND c.bom_item_id = :line AND c.removed_at IS NULL) AS installed
                FROM (SELECT 1) one
                LEFT JOIN production.component h ON h.item_id = :item AND h.serial = :serial AND h.removed_at IS NULL
                LEFT JOIN production.unit hu ON hu.id = h.unit_id
                LEFT JOIN production.unit b ON b.organisation_id = :org AND b.item_id = :item AND b.serial = :serial
                LIMIT 1""")
                .param("unit", unit.id().value()).param("item", item.value()).param("serial", serial)
                .param("org", unit.organisationId().value()).param("line", bomItem == null ? null : bomItem.value())
                .query((rs, n) -> new SerialCheck(Rows.id(rs, "holder", UnitId::new), rs.getString("holder_serial"),
                        Rows.id(rs, "built_here", UnitId::new), rs.getBoolean("built_here_installed"),
                        Rows.decimal(rs, "installed")))
                .single();
    }

    /** The unit that holds this serial installed now, if any. */
    public Optional<UnitId> holderOf(ItemId item, String serial) {
        return jdbc.sql("SELECT unit_id FROM production.component WHERE item_id = :item AND serial = :serial AND removed_at IS NULL")
                .param("item", item.value()).param("serial", serial).query(UUID.class).optional().map(UnitId::new);
    }

    /** The unit this unit is installed in now, if any. */
    public Optional<UnitId> parentOf(UnitId unit) {
        return jdbc.sql("SELECT unit_id FROM production.component WHERE component_unit_id = :unit AND removed_at IS NULL")
                .param("unit", unit.value()).query(UUID.class).optional().map(UnitId::new);
    }

    public void remove(ComponentId id, UUID by, String reason) {
        int changed = jdbc.sql("""
                UPDATE production.component SET removed_at = now(), removed_by = :by, removal_reason = :reason
                WHERE id = :id AND removed_at IS NULL""")
                .param("id", id.value()).param("by", by).param("reason", reason).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("component " + id);
        }
    }

    public Optional<InstalledComponent> component(ComponentId id) {
        return jdbc.sql("SELECT * FROM production.component WHERE id = :id").param("id", id.value())
                .query(Units::component).optional();
    }

    public List<InstalledComponent> components(UnitId unit) {
        return jdbc.sql("SELECT * FROM production.component WHERE unit_id = :unit ORDER BY installed_at, id")
                .param("unit", unit.value()).query(Units::component).list();
    }

    /** Everything in the unit, any depth, with lots and suppliers: one recursive query. */
    public List<GenealogyRow> genealogy(UnitId unit) {
        return jdbc.sql("""
                WITH RECURSIVE g AS (
                    SELECT 1 AS depth, c.unit_id, c.id, c.item_number, c.serial, c.lot, c.supplier_name, c.quantity,
                           c.installed_at, c.removed_at, c.component_unit_id
                    FROM production.component c WHERE c.unit_id = :unit
                  UNION ALL
                    SELECT g.depth + 1, c.unit_id, c.id, c.item_number, c.serial, c.lot, c.supplier_name, c.quantity,
                           c.installed_at, c.removed_at, c.component_unit_id
                    FROM g JOIN production.component c ON c.unit_id = g.component_unit_id
                    WHERE g.removed_at IS NULL AND g.depth < :depth)
                SELECT g.*, u.serial AS parent_serial FROM g
                CROSS JOIN LATERAL (SELECT u.serial FROM production.unit u WHERE u.id = g.unit_id LIMIT 1) u
                ORDER BY g.depth, g.installed_at, g.id""")
                .param("unit", unit.value()).param("depth", MAX_DEPTH)
                .query((rs, n) -> new GenealogyRow(rs.getInt("depth"), rs.getString("parent_serial"), rs.getString("item_number"),
                        rs.getString("serial"), rs.getString("lot"), rs.getString("supplier_name"), Rows.decimal(rs, "quantity"),
                        Rows.instant(rs, "installed_at"), rs.getTimestamp("removed_at") != null))
                .list();
    }

    /**
     * Units that hold or held a component serial or a lot, directly or through sub-assemblies: one recursive query.
     * {@code organisation} restricts to units it builds ({@code null}: all).
     */
    public List<WhereUsed> whereUsed(String serial, String lot, UUID organisation, int limit) {
        return jdbc.sql("""
                WITH RECURSIVE up AS (
                    SELECT c.unit_id, c.removed_at IS NOT NULL AS removed, 1 AS depth,
                           c.item_number || ' ' || coalesce(c.serial, c.lot) AS via
                    FROM production.component c
                    WHERE %s
                  UNION ALL
                    SELECT p.unit_id, up.removed OR p.removed_at IS NOT NULL, up.depth + 1, up.via
                    FROM up JOIN production.component p ON p.component_unit_id = up.unit_id
                    WHERE up.depth < :depth)
                SELECT u.id, u.serial, u.status, w.item_number, x.via, x.removed
                FROM (SELECT DISTINCT ON (unit_id) unit_id, via, removed FROM up ORDER BY unit_id, removed) x
                -- one primary-key probe per unit found (LIMIT keeps the planner from hashing the whole unit table,
                -- which it did for its estimate of the recursive part: 16,964 rows for 500)
                CROSS JOIN LATERAL (SELECT * FROM production.unit u WHERE u.id = x.unit_id
                                    AND (CAST(:org AS UUID) IS NULL OR u.organisation_id = :org) LIMIT 1) u
                CROSS JOIN LATERAL (SELECT w.item_number FROM production.work_order w WHERE w.id = u.work_order_id LIMIT 1) w
                ORDER BY u.id
                LIMIT :limit -- after the organisation filter: another organisation's units never use up the answer""".formatted(serial != null ? "c.serial = :code" : "c.lot = :code"))
                .param("code", serial != null ? serial : lot).param("org", organisation).param("depth", MAX_DEPTH)
                .param("limit", limit)
                .query((rs, n) -> new WhereUsed(new UnitId(Rows.uuid(rs, "id")), rs.getString("serial"),
                        rs.getString("item_number"), Rows.enumOf(rs, "status", UnitStatus.class), rs.getString("via"),
                        rs.getBoolean("removed")))
                .list();
    }

    public void recordOperation(UnitId unit, org.jointline.production.OperationId operation, UUID by, String byName, String note) {
        jdbc.sql("""
                INSERT INTO production.operation_record (id, unit_id, operation_id, done_by, done_by_name, note)
                VALUES (:id, :unit, :op, :by, :name, :note)""")
                .param("id", org.jointline.platform.Ids.next()).param("unit", unit.value()).param("op", operation.value())
                .param("by", by).param("name", byName).param("note", note).update();
    }

    public List<org.jointline.production.OperationRecord> operationRecords(UnitId unit) {
        return jdbc.sql("""
                SELECT r.*, o.kind, o.name FROM production.operation_record r JOIN production.operation o ON o.id = r.operation_id
                WHERE r.unit_id = :unit ORDER BY r.done_at""")
                .param("unit", unit.value())
                .query((rs, n) -> new org.jointline.production.OperationRecord(
                        new org.jointline.production.OperationId(Rows.uuid(rs, "operation_id")),
                        Rows.enumOf(rs, "kind", org.jointline.production.OperationKind.class), rs.getString("name"),
                        rs.getString("done_by_name"), Rows.instant(rs, "done_at"), rs.getString("note")))
                .list();
    }

    private static InstalledComponent component(ResultSet rs, int n) throws SQLException {
        return new InstalledComponent(new ComponentId(Rows.uuid(rs, "id")), new UnitId(Rows.uuid(rs, "unit_id")),
                new ItemId(Rows.uuid(rs, "item_id")), rs.getString("item_number"), new ItemId(Rows.uuid(rs, "bom_item_id")),
                rs.getString("serial"), rs.getString("lot"), Rows.uuid(rs, "supplier_id"), rs.getString("supplier_name"),
                Rows.decimal(rs, "quantity"), Rows.id(rs, "component_unit_id", UnitId::new),
                Rows.id(rs, "replaces_id", ComponentId::new), Rows.instant(rs, "installed_at"),
                Rows.instant(rs, "removed_at"), rs.getString("removal_reason"));
    }

    private static Unit map(ResultSet rs, int n) throws SQLException {
        return new Unit(new UnitId(Rows.uuid(rs, "id")), rs.getString("serial"), rs.getString("digital_link"),
                new WorkOrderId(Rows.uuid(rs, "work_order_id")), rs.getString("work_order_number"),
                new ItemId(Rows.uuid(rs, "item_id")), rs.getString("item_number"), rs.getString("item_name"),
                new BomRevisionId(Rows.uuid(rs, "bom_revision_id")), rs.getString("revision_label"),
                Rows.enumOf(rs, "status", UnitStatus.class), new FacilityId(Rows.uuid(rs, "facility_id")),
                new OrganisationId(Rows.uuid(rs, "organisation_id")), Rows.id(rs, "customer_id", OrganisationId::new),
                Rows.instant(rs, "commissioned_at"), Rows.instant(rs, "completed_at"), rs.getInt("version"));
    }
}
