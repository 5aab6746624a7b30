package org.jointline.supply.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.LocationId;
import org.jointline.supply.LocationKind;
import org.jointline.supply.LotId;
import org.jointline.supply.MoveKind;
import org.jointline.supply.ReceiptRemainder;
import org.jointline.supply.SerialId;
import org.jointline.supply.StockLine;
import org.jointline.supply.StockMove;
import org.jointline.supply.StockMoveId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading stock: on hand from the on-hand rows (never by summing moves), moves for history. */
@Repository
public class StockQueries {

    /** An item's quantity at one facility: all of it, and what is usable (not in quarantine or in transit). */
    public record Totals(FacilityId facility, BigDecimal onHand, BigDecimal available) {
    }

    private static final String LINE = """
            SELECT o.item_id, o.lot_id, lot.lot_number, o.location_id, l.code AS location_code, l.kind AS location_kind,
                   o.facility_id, o.quantity
            FROM supply.on_hand o JOIN supply.location l ON l.id = o.location_id LEFT JOIN supply.lot lot ON lot.id = o.lot_id
            """;

    private final JdbcClient jdbc;

    StockQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Totals> totals(ItemId item, UUID[] facilities) {
        return jdbc.sql("""
                SELECT o.facility_id, sum(o.quantity) AS on_hand,
                       COALESCE(sum(o.quantity) FILTER (WHERE l.kind NOT IN ('QUARANTINE', 'IN_TRANSIT')), 0) AS available
                FROM supply.on_hand o JOIN supply.location l ON l.id = o.location_id
                WHERE o.item_id = :item AND o.facility_id = ANY(:facilities) AND o.quantity > 0
                GROUP BY o.facility_id""")
                .param("item", item.value()).param("facilities", facilities)
                .query((rs, n) -> new Totals(new FacilityId(rs.getObject("facility_id", UUID.class)),
                        rs.getBigDecimal("on_hand"), rs.getBigDecimal("available")))
                .list();
    }

    public List<StockLine> lines(ItemId item, FacilityId facility) {
        return jdbc.sql(LINE + " WHERE o.item_id = :item AND o.facility_id = :facility AND o.quantity > 0 ORDER BY l.code, lot.lot_number")
                .param("item", item.value()).param("facility", facility.value()).query(StockQueries::line).list();
    }

    /** A facility's stock, optionally of the given items and at one location. */
    public PageResult<StockLine> page(FacilityId facility, UUID[] items, LocationId location, PageQuery query) {
        String where = """
                 WHERE o.facility_id = :facility AND o.quantity > 0
                 AND (CAST(:items AS UUID[]) IS NULL OR o.item_id = ANY(:items))
                 AND (CAST(:location AS UUID) IS NULL OR o.location_id = :location)""";
        UUID locationId = location == null ? null : location.value();
        List<StockLine> rows = jdbc.sql(LINE + where + " ORDER BY o.item_id, l.code, lot.lot_number LIMIT :limit OFFSET :offset")
                .param("facility", facility.value()).param("items", items).param("location", locationId)
                .param("limit", query.size()).param("offset", query.offset()).query(StockQueries::line).list();
        long total = jdbc.sql("SELECT count(*) FROM supply.on_hand o " + where).param("facility", facility.value())
                .param("items", items).param("location", locationId).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    public PageResult<StockMove> moves(UUID[] facilities, ItemId item, SerialId serial, PageQuery query) {
        String where = """
                 WHERE m.facility_id = ANY(:facilities) AND (CAST(:item AS UUID) IS NULL OR m.item_id = :item)
                 AND (CAST(:serial AS UUID) IS NULL OR m.serial_id = :serial)
                 AND (lower(COALESCE(m.document, '')) LIKE :q OR lower(COALESCE(m.reason, '')) LIKE :q OR lower(m.person_name) LIKE :q)""";
        UUID itemId = item == null ? null : item.value();
        UUID serialId = serial == null ? null : serial.value();
        List<StockMove> rows = jdbc.sql("SELECT m.* FROM supply.stock_move m " + where + " ORDER BY m.at DESC, m.id DESC LIMIT :limit OFFSET :offset")
                .param("facilities", facilities).param("item", itemId).param("serial", serialId).param("q", query.likePattern())
                .param("limit", query.size()).param("offset", query.offset()).query(StockQueries::move).list();
        long total = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM supply.stock_move m " + where + " LIMIT 10001) c")
                .param("facilities", facilities).param("item", itemId).param("serial", serialId)
                .param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    /**
     * What is left of the goods received under a document at these facilities, in two set-based reads: the serials
     * still in stock where they were received, and per item, lot and location the smaller of what was received and
     * what is on hand there now.
     */
    public ReceiptRemainder remainder(UUID[] facilities, String document) {
        String received = "m.kind = 'RECEIPT' AND m.document = :document AND m.facility_id = ANY(:facilities)";
        boolean any = jdbc.sql("SELECT EXISTS (SELECT 1 FROM supply.stock_move m WHERE " + received + ")")
                .param("document", document).param("facilities", facilities).query(Boolean.class).single();
        Map<List<Object>, ReceiptRemainder.Line> lines = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT m.item_id, m.lot_id, m.to_location_id, m.facility_id, s.serial, coalesce(s.supplier_id, l.supplier_id) AS supplier_id
                FROM supply.stock_move m JOIN supply.serial s ON s.id = m.serial_id LEFT JOIN supply.lot l ON l.id = m.lot_id
                WHERE %s AND s.state = 'IN_STOCK' AND s.location_id = m.to_location_id
                ORDER BY m.at, m.id""".formatted(received))
                .param("document", document).param("facilities", facilities)
                .query((rs, n) -> remainderLine(rs, List.of(rs.getString("serial")), BigDecimal.ONE)).list()
                .forEach(line -> lines.merge(java.util.Arrays.asList(line.item(), line.lot(), line.location()), line,
                        (a, b) -> new ReceiptRemainder.Line(a.item(), a.lot(), a.facility(), a.location(),
                                java.util.stream.Stream.concat(a.serials().stream(), b.serials().stream()).toList(),
                                a.quantity().add(b.quantity()), a.supplier())));
        jdbc.sql("""
                SELECT m.item_id, m.lot_id, m.to_location_id, m.facility_id, l.supplier_id,
                       least(sum(m.quantity), coalesce((SELECT sum(o.quantity) FROM supply.on_hand o
                           WHERE o.item_id = m.item_id AND o.location_id = m.to_location_id
                             AND o.lot_id IS NOT DISTINCT FROM m.lot_id), 0)) AS quantity
                FROM supply.stock_move m LEFT JOIN supply.lot l ON l.id = m.lot_id
                WHERE %s AND m.serial_id IS NULL AND m.to_location_id IS NOT NULL
                GROUP BY m.item_id, m.lot_id, m.to_location_id, m.facility_id, l.supplier_id
                ORDER BY min(m.at)""".formatted(received))
                .param("document", document).param("facilities", facilities)
                .query((rs, n) -> remainderLine(rs, List.of(), rs.getBigDecimal("quantity").stripTrailingZeros())).list()
                .stream().filter(line -> line.quantity().signum() > 0)
                .forEach(line -> lines.put(java.util.Arrays.asList(line.item(), line.lot(), line.location(), "quantity"), line));
        return new ReceiptRemainder(any, List.copyOf(lines.values()));
    }

    private static ReceiptRemainder.Line remainderLine(ResultSet rs, List<String> serials, BigDecimal quantity) throws SQLException {
        UUID lot = rs.getObject("lot_id", UUID.class);
        UUID supplier = rs.getObject("supplier_id", UUID.class);
        return new ReceiptRemainder.Line(new ItemId(rs.getObject("item_id", UUID.class)), lot == null ? null : new LotId(lot),
                new FacilityId(rs.getObject("facility_id", UUID.class)), new LocationId(rs.getObject("to_location_id", UUID.class)),
                serials, quantity, supplier == null ? null : new OrganisationId(supplier));
    }

    /** Quantity issued (consumed into production) of an item in the last {@code days} days, at these facilities. */
    public BigDecimal issued(ItemId item, UUID[] facilities, int days) {
        return jdbc.sql("""
                SELECT COALESCE(sum(quantity), 0) FROM supply.stock_move
                WHERE item_id = :item AND kind = 'ISSUE' AND facility_id = ANY(:facilities) AND at > now() - make_interval(days => :days)""")
                .param("item", item.value()).param("facilities", facilities).param("days", days).query(BigDecimal.class).single();
    }

    static StockLine line(ResultSet rs, int n) throws SQLException {
        UUID lot = rs.getObject("lot_id", UUID.class);
        return new StockLine(new ItemId(rs.getObject("item_id", UUID.class)), null, null, lot == null ? null : new LotId(lot),
                rs.getString("lot_number"), new LocationId(rs.getObject("location_id", UUID.class)),
                rs.getString("location_code"), LocationKind.valueOf(rs.getString("location_kind")),
                new FacilityId(rs.getObject("facility_id", UUID.class)), rs.getBigDecimal("quantity").stripTrailingZeros());
    }

    static StockMove move(ResultSet rs, int n) throws SQLException {
        UUID lot = rs.getObject("lot_id", UUID.class);
        UUID serial = rs.getObject("serial_id", UUID.class);
        UUID from = rs.getObject("from_location_id", UUID.class);
        UUID to = rs.getObject("to_location_id", UUID.class);
        return new StockMove(new StockMoveId(rs.getObject("id", UUID.class)), rs.getTimestamp("at").toInstant(),
                MoveKind.valueOf(rs.getString("kind")), new ItemId(rs.getObject("item_id", UUID.class)),
                lot == null ? null : new LotId(lot), serial == null ? null : new SerialId(serial),
                rs.getBigDecimal("quantity").stripTrailingZeros(), from == null ? null : new LocationId(from),
                to == null ? null : new LocationId(to), new FacilityId(rs.getObject("facility_id", UUID.class)),
                rs.getString("reason"), rs.getString("document"), rs.getString("person_name"),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)));
    }
}
