package org.jointline.supply.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.jointline.supply.Lot;
import org.jointline.supply.LotId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.stereotype.Repository;

@Repository
public class Lots {

    private final JdbcClient jdbc;

    Lots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Lot> find(LotId id) {
        return jdbc.sql("SELECT * FROM supply.lot WHERE id = :id").param("id", id.value()).query(Lots::map).optional();
    }

    public Optional<Lot> byNumber(ItemId item, String lotNumber) {
        return jdbc.sql("SELECT * FROM supply.lot WHERE item_id = :item AND lot_number = :number")
                .param("item", item.value()).param("number", lotNumber).query(Lots::map).optional();
    }

    private static final String SEEN = """
             (CAST(:facilities AS UUID[]) IS NULL OR EXISTS (SELECT 1 FROM supply.stock_move m
              WHERE m.lot_id = lot.id AND m.facility_id = ANY(:facilities)))""";

    /** The item's lots that have been at one of the facilities ({@code null}: all), newest first, a page at a time. */
    public PageResult<Lot> ofItem(ItemId item, UUID[] facilities, PageQuery query) {
        String where = " WHERE lot.item_id = :item AND lower(lot.lot_number) LIKE :q AND" + SEEN;
        List<Lot> rows = jdbc.sql("SELECT lot.* FROM supply.lot lot" + where + " ORDER BY lot.created_at DESC, lot.id DESC LIMIT :limit OFFSET :offset")
                .param("item", item.value()).param("facilities", facilities).param("q", query.likePattern())
                .param("limit", query.size()).param("offset", query.offset()).query(Lots::map).list();
        long total = jdbc.sql("SELECT count(*) FROM supply.lot lot" + where).param("item", item.value())
                .param("facilities", facilities).param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    /** Every lot of the item that has been at one of the facilities ({@code null}: all), newest first. */
    public List<Lot> allOfItem(ItemId item, UUID[] facilities) {
        return jdbc.sql("SELECT lot.* FROM supply.lot lot WHERE lot.item_id = :item AND" + SEEN + " ORDER BY lot.created_at DESC, lot.id DESC")
                .param("item", item.value()).param("facilities", facilities).query(Lots::map).list();
    }

    /** Whether the lot has been at one of the facilities ({@code null}: any). */
    public boolean seenAt(LotId id, UUID[] facilities) {
        return jdbc.sql("SELECT count(*) FROM supply.lot lot WHERE lot.id = :id AND" + SEEN).param("id", id.value())
                .param("facilities", facilities).query(Long.class).single() > 0;
    }

    /** The lot with this number, made if new (a concurrent maker of the same number wins and is reused). */
    public Lot obtain(ItemId item, String lotNumber, OrganisationId supplier, String supplierLot, String certificate,
                      String reference) {
        jdbc.sql("""
                INSERT INTO supply.lot (id, item_id, lot_number, supplier_id, supplier_lot, certificate, reference)
                VALUES (:id, :item, :number, :supplier, :supplierLot, :certificate, :reference)
                ON CONFLICT (item_id, lot_number) DO NOTHING""")
                .param("id", LotId.next().value()).param("item", item.value()).param("number", lotNumber)
                .param("supplier", supplier == null ? null : supplier.value()).param("supplierLot", supplierLot)
                .param("certificate", certificate).param("reference", reference).update();
        return byNumber(item, lotNumber).orElseThrow();
    }

    static Lot map(ResultSet rs, int row) throws SQLException {
        UUID supplier = rs.getObject("supplier_id", UUID.class);
        return new Lot(new LotId(rs.getObject("id", UUID.class)), new ItemId(rs.getObject("item_id", UUID.class)),
                rs.getString("lot_number"), supplier == null ? null : new OrganisationId(supplier),
                rs.getString("supplier_lot"), rs.getString("certificate"), rs.getString("reference"),
                rs.getTimestamp("created_at").toInstant());
    }
}
