package org.jointline.supply.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.jointline.supply.PriceBreak;
import org.jointline.supply.SupplierPart;
import org.jointline.supply.SupplierPartDetails;
import org.jointline.supply.SupplierPartId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.stereotype.Repository;

/** Supplier parts as rows; names of suppliers and items are filled in by the service. */
@Repository
public class SupplierParts {

    private final JdbcClient jdbc;

    SupplierParts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(OrganisationId supplier, ItemId item, SupplierPartId except) {
        return jdbc.sql("SELECT count(*) FROM supply.supplier_part WHERE supplier_id = :s AND item_id = :i AND id <> :except")
                .param("s", supplier.value()).param("i", item.value())
                .param("except", except == null ? new UUID(0, 0) : except.value()).query(Long.class).single() > 0;
    }

    public void insert(SupplierPartId id, SupplierPartDetails d) {
        jdbc.sql("""
                INSERT INTO supply.supplier_part (id, supplier_id, item_id, mpn, sku, currency, lead_time_days, origin_country, approved)
                VALUES (:id, :supplier, :item, :mpn, :sku, :currency, :lead, :origin, :approved)""")
                .param("id", id.value()).param("supplier", d.supplier().value()).param("item", d.item().value())
                .param("mpn", d.mpn()).param("sku", d.sku()).param("currency", d.currency()).param("lead", d.leadTimeDays())
                .param("origin", d.originCountry()).param("approved", d.approved()).update();
        prices(id, d.prices());
    }

    /** Updates when the version matches; false if someone changed it meanwhile. */
    public boolean update(SupplierPartId id, SupplierPartDetails d, int version) {
        int n = jdbc.sql("""
                UPDATE supply.supplier_part SET mpn = :mpn, sku = :sku, currency = :currency, lead_time_days = :lead,
                       origin_country = :origin, approved = :approved, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("id", id.value()).param("mpn", d.mpn()).param("sku", d.sku()).param("currency", d.currency())
                .param("lead", d.leadTimeDays()).param("origin", d.originCountry()).param("approved", d.approved())
                .param("version", version).update();
        if (n == 1) {
            jdbc.sql("DELETE FROM supply.price_break WHERE supplier_part_id = :id").param("id", id.value()).update();
            prices(id, d.prices());
        }
        return n == 1;
    }

    private void prices(SupplierPartId id, List<PriceBreak> prices) {
        for (PriceBreak p : prices) {
            jdbc.sql("INSERT INTO supply.price_break (supplier_part_id, min_quantity, unit_price) VALUES (:id, :min, :price)")
                    .param("id", id.value()).param("min", p.minQuantity()).param("price", p.unitPrice()).update();
        }
    }

    public Optional<SupplierPart> find(SupplierPartId id) {
        return withPrices(jdbc.sql("SELECT * FROM supply.supplier_part WHERE id = :id").param("id", id.value())
                .query(SupplierParts::map).list()).stream().findFirst();
    }

    public List<SupplierPart> of(OrganisationId supplier, ItemId item) {
        return withPrices(jdbc.sql("""
                SELECT * FROM supply.supplier_part WHERE (CAST(:s AS UUID) IS NULL OR supplier_id = :s)
                AND (CAST(:i AS UUID) IS NULL OR item_id = :i) ORDER BY created_at LIMIT 500""")
                .param("s", supplier == null ? null : supplier.value()).param("i", item == null ? null : item.value())
                .query(SupplierParts::map).list());
    }

    /**
     * A page of the parts of the given suppliers; the search matches MPN, SKU, origin, or the suppliers and items
     * given as matching it.
     */
    public PageResult<SupplierPart> page(UUID[] suppliers, UUID[] matchingSuppliers, UUID[] matchingItems, PageQuery query) {
        String where = """
                 WHERE supplier_id = ANY(:suppliers) AND (CAST(:search AS TEXT) IS NULL OR lower(COALESCE(mpn, '')) LIKE :q
                 OR lower(COALESCE(sku, '')) LIKE :q OR lower(COALESCE(origin_country, '')) LIKE :q
                 OR supplier_id = ANY(:ms) OR item_id = ANY(:mi))""";
        List<SupplierPart> rows = withPrices(jdbc.sql("SELECT * FROM supply.supplier_part " + where
                        + " ORDER BY created_at, id LIMIT :limit OFFSET :offset")
                .param("suppliers", suppliers).param("search", query.search()).param("q", query.likePattern())
                .param("ms", matchingSuppliers).param("mi", matchingItems).param("limit", query.size())
                .param("offset", query.offset()).query(SupplierParts::map).list());
        long total = jdbc.sql("SELECT count(*) FROM supply.supplier_part " + where).param("suppliers", suppliers)
                .param("search", query.search()).param("q", query.likePattern()).param("ms", matchingSuppliers)
                .param("mi", matchingItems).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    public List<SupplierPart> ofItems(Collection<ItemId> items) {
        return withPrices(jdbc.sql("SELECT * FROM supply.supplier_part WHERE item_id = ANY(:items)")
                .param("items", items.stream().map(ItemId::value).toArray(UUID[]::new)).query(SupplierParts::map).list());
    }

    public Map<UUID, long[]> counts() {
        Map<UUID, long[]> counts = new HashMap<>();
        jdbc.sql("SELECT supplier_id, count(*) AS n, count(*) FILTER (WHERE approved) AS a FROM supply.supplier_part GROUP BY supplier_id")
                .query((rs, n) -> counts.put(rs.getObject("supplier_id", UUID.class), new long[]{rs.getLong("n"), rs.getLong("a")}))
                .list();
        return counts;
    }

    private List<SupplierPart> withPrices(List<SupplierPart> parts) {
        if (parts.isEmpty()) {
            return parts;
        }
        Map<UUID, List<PriceBreak>> prices = new HashMap<>();
        jdbc.sql("SELECT * FROM supply.price_break WHERE supplier_part_id = ANY(:ids) ORDER BY min_quantity")
                .param("ids", parts.stream().map(p -> p.id().value()).toArray(UUID[]::new))
                .query((rs, n) -> prices.computeIfAbsent(rs.getObject("supplier_part_id", UUID.class), k -> new ArrayList<>())
                        .add(new PriceBreak(rs.getBigDecimal("min_quantity").stripTrailingZeros(),
                                rs.getBigDecimal("unit_price").stripTrailingZeros())))
                .list();
        return parts.stream().map(p -> new SupplierPart(p.id(), p.supplier(), null, null, p.item(), null, null, p.mpn(),
                p.sku(), p.currency(), prices.getOrDefault(p.id().value(), List.of()), p.leadTimeDays(), p.originCountry(),
                p.approved(), p.version())).toList();
    }

    static SupplierPart map(ResultSet rs, int n) throws SQLException {
        return new SupplierPart(new SupplierPartId(rs.getObject("id", UUID.class)),
                new OrganisationId(rs.getObject("supplier_id", UUID.class)), null, null,
                new ItemId(rs.getObject("item_id", UUID.class)), null, null, rs.getString("mpn"), rs.getString("sku"),
                rs.getString("currency"), List.of(), rs.getInt("lead_time_days"), rs.getString("origin_country"),
                rs.getBoolean("approved"), rs.getInt("version"));
    }

}
