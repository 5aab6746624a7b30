package org.jointline.supply.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.OrderDetails;
import org.jointline.supply.OrderStatus;
import org.jointline.supply.PurchaseOrder;
import org.jointline.supply.PurchaseOrderId;
import org.jointline.supply.PurchaseOrderLine;
import org.jointline.supply.PurchaseOrderLineId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Purchase orders and their lines; names are filled in by the service. */
@Repository
public class PurchaseOrders {

    private final JdbcClient jdbc;

    PurchaseOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String insert(PurchaseOrderId id, OrganisationId buyer, OrderDetails d, String createdBy) {
        long next = jdbc.sql("SELECT nextval('supply.order_number')").query(Long.class).single();
        String number = "PO-" + Year.now() + "-" + String.format("%05d", next);
        jdbc.sql("""
                INSERT INTO supply.purchase_order (id, number, buyer_id, supplier_id, facility_id, currency, status, supplier_reference, created_by)
                VALUES (:id, :number, :buyer, :supplier, :facility, :currency, 'DRAFT', :ref, :by)""")
                .param("id", id.value()).param("number", number).param("buyer", buyer.value())
                .param("supplier", d.supplier().value()).param("facility", d.facility().value()).param("currency", d.currency())
                .param("ref", d.supplierReference()).param("by", createdBy).update();
        int n = 1;
        for (OrderDetails.Line line : d.lines()) {
            jdbc.sql("""
                    INSERT INTO supply.purchase_order_line (id, order_id, line_number, item_id, quantity, unit_price, due_date)
                    VALUES (:id, :order, :n, :item, :q, :price, :due)""")
                    .param("id", PurchaseOrderLineId.next().value()).param("order", id.value()).param("n", n++)
                    .param("item", line.item().value()).param("q", line.quantity()).param("price", line.unitPrice())
                    .param("due", line.dueDate() == null ? null : Date.valueOf(line.dueDate())).update();
        }
        return number;
    }

    public boolean setStatus(PurchaseOrderId id, OrderStatus from, OrderStatus to) {
        return jdbc.sql("UPDATE supply.purchase_order SET status = :to, confirmed_at = CASE WHEN :to = 'CONFIRMED' THEN now() ELSE confirmed_at END WHERE id = :id AND status = :from")
                .param("id", id.value()).param("from", from.name()).param("to", to.name()).update() == 1;
    }

    /** Adds to the received quantity; refuses (false) to go over the ordered quantity unless allowed. */
    public boolean addReceived(PurchaseOrderLineId line, BigDecimal quantity, boolean overAllowed) {
        return jdbc.sql("""
                UPDATE supply.purchase_order_line SET received = received + :q
                WHERE id = :id AND (received + :q <= quantity OR :over)""")
                .param("id", line.value()).param("q", quantity).param("over", overAllowed).update() == 1;
    }

    /** Sets the order's status from its lines: all received, some, or none yet. */
    public void settle(PurchaseOrderId id) {
        jdbc.sql("""
                UPDATE supply.purchase_order o SET status = CASE
                    WHEN NOT EXISTS (SELECT 1 FROM supply.purchase_order_line l WHERE l.order_id = o.id AND l.received < l.quantity) THEN 'RECEIVED'
                    WHEN EXISTS (SELECT 1 FROM supply.purchase_order_line l WHERE l.order_id = o.id AND l.received > 0) THEN 'PARTIALLY_RECEIVED'
                    ELSE status END
                WHERE id = :id AND status IN ('CONFIRMED', 'PARTIALLY_RECEIVED')""").param("id", id.value()).update();
    }

    public void recordReceipt(PurchaseOrderLineId line, BigDecimal quantity, UUID location, UUID lot, String supplierLot,
                              String certificate, String overReason, String person) {
        jdbc.sql("""
                INSERT INTO supply.order_receipt (id, line_id, quantity, location_id, lot_id, supplier_lot, certificate, over_reason, person_name)
                VALUES (:id, :line, :q, :location, :lot, :supplierLot, :certificate, :over, :person)""")
                .param("id", org.jointline.platform.Ids.next()).param("line", line.value()).param("q", quantity)
                .param("location", location).param("lot", lot).param("supplierLot", supplierLot)
                .param("certificate", certificate).param("over", overReason).param("person", person).update();
    }

    public Optional<PurchaseOrderId> orderOfLine(PurchaseOrderLineId line) {
        return jdbc.sql("SELECT order_id FROM supply.purchase_order_line WHERE id = :id").param("id", line.value())
                .query((rs, n) -> new PurchaseOrderId(rs.getObject(1, UUID.class))).optional();
    }

    public Optional<PurchaseOrder> find(PurchaseOrderId id) {
        return jdbc.sql("SELECT * FROM supply.purchase_order WHERE id = :id").param("id", id.value())
                .query(PurchaseOrders::map).optional().map(o -> withLines(o));
    }

    /** Orders where the organisations given are buyer or supplier ({@code null}: all). */
    public PageResult<PurchaseOrder> page(UUID[] parties, OrderStatus status, PageQuery query) {
        String where = """
                 WHERE (CAST(:parties AS UUID[]) IS NULL OR buyer_id = ANY(:parties) OR supplier_id = ANY(:parties))
                 AND (CAST(:status AS TEXT) IS NULL OR status = :status)
                 AND (lower(number) LIKE :q OR lower(COALESCE(supplier_reference, '')) LIKE :q)""";
        String s = status == null ? null : status.name();
        List<PurchaseOrder> rows = jdbc.sql("SELECT * FROM supply.purchase_order " + where + " ORDER BY created_at DESC LIMIT :limit OFFSET :offset")
                .param("parties", parties).param("status", s).param("q", query.likePattern())
                .param("limit", query.size()).param("offset", query.offset()).query(PurchaseOrders::map).list();
        long total = jdbc.sql("SELECT count(*) FROM supply.purchase_order " + where).param("parties", parties)
                .param("status", s).param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    private PurchaseOrder withLines(PurchaseOrder o) {
        List<PurchaseOrderLine> lines = jdbc.sql("SELECT * FROM supply.purchase_order_line WHERE order_id = :id ORDER BY line_number")
                .param("id", o.id().value()).query((rs, n) -> new PurchaseOrderLine(
                        new PurchaseOrderLineId(rs.getObject("id", UUID.class)), rs.getInt("line_number"),
                        new ItemId(rs.getObject("item_id", UUID.class)), null, null,
                        rs.getBigDecimal("quantity").stripTrailingZeros(),
                        rs.getBigDecimal("unit_price") == null ? null : rs.getBigDecimal("unit_price").stripTrailingZeros(),
                        rs.getDate("due_date") == null ? null : rs.getDate("due_date").toLocalDate(),
                        rs.getBigDecimal("received").stripTrailingZeros()))
                .list();
        return new PurchaseOrder(o.id(), o.number(), o.buyer(), o.supplier(), o.supplierName(), o.facility(), o.facilityCode(),
                o.currency(), o.status(), o.supplierReference(), o.createdBy(), o.createdAt(), o.confirmedAt(), lines);
    }

    static PurchaseOrder map(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp confirmed = rs.getTimestamp("confirmed_at");
        Instant confirmedAt = confirmed == null ? null : confirmed.toInstant();
        return new PurchaseOrder(new PurchaseOrderId(rs.getObject("id", UUID.class)), rs.getString("number"),
                new OrganisationId(rs.getObject("buyer_id", UUID.class)), new OrganisationId(rs.getObject("supplier_id", UUID.class)),
                null, new FacilityId(rs.getObject("facility_id", UUID.class)), null, rs.getString("currency"),
                OrderStatus.valueOf(rs.getString("status")), rs.getString("supplier_reference"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), confirmedAt, List.of());
    }
}
