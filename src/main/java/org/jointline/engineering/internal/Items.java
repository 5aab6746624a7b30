package org.jointline.engineering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemStatus;
import org.jointline.engineering.ManufacturerPart;
import org.jointline.engineering.Reach;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Items and their MPNs. A {@link Reach} restricts to what the viewer may see. */
@Repository
public class Items {

    private static final String VISIBLE = "(CAST(:owners AS UUID[]) IS NULL OR i.owner_organisation_id = ANY(:owners)"
            + " OR i.id = ANY(CAST(:shared AS UUID[])))";
    private final JdbcClient jdbc;

    Items(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Item> page(Reach reach, PageQuery query, ItemKind kind) {
        String where = " WHERE " + VISIBLE + " AND (CAST(:kind AS TEXT) IS NULL OR i.kind = :kind)"
                + " AND (lower(i.number) LIKE :q OR lower(i.name) LIKE :q OR EXISTS (SELECT 1 FROM engineering.item_mpn m"
                + " WHERE m.item_id = i.id AND lower(m.mpn) LIKE :q))";
        String kindName = kind == null ? null : kind.name();
        List<Item> items = withParts(jdbc.sql("SELECT i.* FROM engineering.item i" + where
                        + " ORDER BY i.number LIMIT :limit OFFSET :offset")
                .param("owners", reach.ownerArray()).param("shared", reach.itemArray()).param("kind", kindName)
                .param("q", query.likePattern()).param("limit", query.size()).param("offset", query.offset()).query(Items::map).list());
        long total = jdbc.sql("SELECT count(*) FROM engineering.item i" + where).param("owners", reach.ownerArray())
                .param("shared", reach.itemArray())
                .param("kind", kindName).param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(items, query, total);
    }

    /** The item, whoever may see it: callers decide that. */
    public Optional<Item> find(ItemId id) {
        return jdbc.sql("SELECT i.* FROM engineering.item i WHERE i.id = :id")
                .param("id", id.value()).query(Items::map).optional()
                .map(item -> withParts(List.of(item)).getFirst());
    }

    /** Items whose number is {@code number}, ignoring case, among the owners ({@code null}: all). */
    public List<Item> byNumber(Reach reach, String number) {
        return withParts(jdbc.sql("SELECT i.* FROM engineering.item i WHERE lower(i.number) = lower(:number) AND " + VISIBLE)
                .param("number", number).param("owners", reach.ownerArray()).param("shared", reach.itemArray())
                .query(Items::map).list());
    }

    public List<Item> byIds(Collection<UUID> ids) {
        return withParts(jdbc.sql("SELECT i.* FROM engineering.item i WHERE i.id = ANY(:ids)")
                .param("ids", ids.toArray(UUID[]::new)).query(Items::map).list());
    }

    /** Items of an owner known by any of these MPNs (upper-cased), for reuse on import. */
    public Map<String, ItemId> byMpn(OrganisationId owner, Collection<String> mpns) {
        Map<String, ItemId> found = new HashMap<>();
        jdbc.sql("SELECT upper(mpn) AS mpn, item_id FROM engineering.item_mpn WHERE owner_organisation_id = :owner AND upper(mpn) = ANY(:mpns)")
                .param("owner", owner.value()).param("mpns", mpns.stream().map(String::toUpperCase).toArray(String[]::new))
                .query((rs, n) -> found.putIfAbsent(rs.getString("mpn"), new ItemId(rs.getObject("item_id", UUID.class))))
                .list();
        return found;
    }

    public boolean numberTaken(OrganisationId owner, String number, ItemId except) {
        return jdbc.sql("SELECT count(*) FROM engineering.item WHERE owner_organisation_id = :owner AND number = :number AND id <> :id")
                .param("owner", owner.value()).param("number", number)
                .param("id", except == null ? UUID.randomUUID() : except.value()).query(Long.class).single() > 0;
    }

    public void insert(ItemId id, ItemDetails d) {
        jdbc.sql("""
                INSERT INTO engineering.item (id, owner_organisation_id, number, name, description, kind, unit, tracking,
                                              gtin, country_of_origin, created_at)
                VALUES (:id, :owner, :number, :name, :description, :kind, :unit, :tracking, :gtin, :country, :now)""")
                .param("id", id.value()).param("owner", d.ownerId().value()).param("number", d.number())
                .param("name", d.name()).param("description", d.description()).param("kind", d.kind().name())
                .param("unit", d.unit().name()).param("tracking", d.tracking().name()).param("gtin", d.gtin())
                .param("country", d.countryOfOrigin()).param("now", Timestamp.from(Instant.now())).update();
        replaceParts(id, d.ownerId(), d.manufacturerParts());
    }

    /** Many new items of one owner in two statements (items, then MPNs). */
    public void insertAll(List<ItemId> ids, List<ItemDetails> details) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO engineering.item (id, owner_organisation_id, number, name, description, kind, unit, tracking, created_at)
                SELECT t.id, t.owner, t.number, t.name, t.description, t.kind, t.unit, t.tracking, now()
                FROM unnest(CAST(:ids AS UUID[]), CAST(:owners AS UUID[]), CAST(:numbers AS TEXT[]), CAST(:names AS TEXT[]),
                            CAST(:descriptions AS TEXT[]), CAST(:kinds AS TEXT[]), CAST(:units AS TEXT[]), CAST(:trackings AS TEXT[]))
                     AS t(id, owner, number, name, description, kind, unit, tracking)""")
                .param("ids", ids.stream().map(ItemId::value).toArray(UUID[]::new))
                .param("owners", details.stream().map(d -> d.ownerId().value()).toArray(UUID[]::new))
                .param("numbers", details.stream().map(ItemDetails::number).toArray(String[]::new))
                .param("names", details.stream().map(ItemDetails::name).toArray(String[]::new))
                .param("descriptions", details.stream().map(ItemDetails::description).toArray(String[]::new))
                .param("kinds", details.stream().map(d -> d.kind().name()).toArray(String[]::new))
                .param("units", details.stream().map(d -> d.unit().name()).toArray(String[]::new))
                .param("trackings", details.stream().map(d -> d.tracking().name()).toArray(String[]::new)).update();
        List<UUID> partItems = new ArrayList<>();
        List<UUID> partOwners = new ArrayList<>();
        List<String> manufacturers = new ArrayList<>();
        List<String> mpns = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            for (ManufacturerPart part : details.get(i).manufacturerParts()) {
                partItems.add(ids.get(i).value());
                partOwners.add(details.get(i).ownerId().value());
                manufacturers.add(part.manufacturer());
                mpns.add(part.mpn().strip());
            }
        }
        jdbc.sql("""
                INSERT INTO engineering.item_mpn (item_id, owner_organisation_id, position, manufacturer, mpn)
                SELECT t.item, t.owner, row_number() OVER (PARTITION BY t.item ORDER BY t.ord) - 1, t.manufacturer, t.mpn
                FROM unnest(CAST(:items AS UUID[]), CAST(:owners AS UUID[]), CAST(:manufacturers AS TEXT[]), CAST(:mpns AS TEXT[]))
                     WITH ORDINALITY AS t(item, owner, manufacturer, mpn, ord)""")
                .param("items", partItems.toArray(UUID[]::new)).param("owners", partOwners.toArray(UUID[]::new))
                .param("manufacturers", manufacturers.toArray(String[]::new)).param("mpns", mpns.toArray(String[]::new))
                .update();
    }

    /** Which of these numbers the owner already uses. */
    public java.util.Set<String> numbersTaken(OrganisationId owner, Collection<String> numbers) {
        return java.util.Set.copyOf(jdbc.sql("SELECT number FROM engineering.item WHERE owner_organisation_id = :owner AND number = ANY(:numbers)")
                .param("owner", owner.value()).param("numbers", numbers.toArray(String[]::new)).query(String.class).list());
    }

    public void update(ItemId id, ItemDetails d) {
        int rows = jdbc.sql("""
                UPDATE engineering.item SET number = :number, name = :name, description = :description, kind = :kind,
                       unit = :unit, tracking = :tracking, gtin = :gtin, country_of_origin = :country, version = version + 1
                WHERE id = :id AND (CAST(:version AS INT) IS NULL OR version = :version)""")
                .param("id", id.value()).param("number", d.number()).param("name", d.name())
                .param("description", d.description()).param("kind", d.kind().name()).param("unit", d.unit().name())
                .param("tracking", d.tracking().name()).param("gtin", d.gtin()).param("country", d.countryOfOrigin())
                .param("version", d.version()).update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("item " + id);
        }
        replaceParts(id, d.ownerId(), d.manufacturerParts());
    }

    public void setStatus(ItemId id, ItemStatus status) {
        jdbc.sql("UPDATE engineering.item SET status = :status, version = version + 1 WHERE id = :id")
                .param("id", id.value()).param("status", status.name()).update();
    }

    private void replaceParts(ItemId id, OrganisationId owner, List<ManufacturerPart> parts) {
        jdbc.sql("DELETE FROM engineering.item_mpn WHERE item_id = :id").param("id", id.value()).update();
        if (parts.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO engineering.item_mpn (item_id, owner_organisation_id, position, manufacturer, mpn)
                SELECT :id, :owner, p.ord - 1, p.manufacturer, p.mpn
                FROM unnest(CAST(:manufacturers AS TEXT[]), CAST(:mpns AS TEXT[])) WITH ORDINALITY AS p(manufacturer, mpn, ord)""")
                .param("id", id.value()).param("owner", owner.value())
                .param("manufacturers", parts.stream().map(ManufacturerPart::manufacturer).toArray(String[]::new))
                .param("mpns", parts.stream().map(p -> p.mpn().strip()).toArray(String[]::new)).update();
    }

    private List<Item> withParts(List<Item> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<UUID, List<ManufacturerPart>> parts = new HashMap<>();
        jdbc.sql("SELECT item_id, manufacturer, mpn FROM engineering.item_mpn WHERE item_id = ANY(:ids) ORDER BY item_id, position")
                .param("ids", items.stream().map(i -> i.id().value()).toArray(UUID[]::new))
                .query((rs, n) -> parts.computeIfAbsent(rs.getObject("item_id", UUID.class), k -> new ArrayList<>())
                        .add(new ManufacturerPart(rs.getString("manufacturer"), rs.getString("mpn"))))
                .list();
        return items.stream().map(i -> new Item(i.id(), i.ownerId(), i.number(), i.name(), i.description(), i.kind(),
                i.unit(), i.tracking(), i.gtin(), i.countryOfOrigin(), i.status(),
                parts.getOrDefault(i.id().value(), List.of()), i.version())).toList();
    }

    static Item map(ResultSet rs, int row) throws SQLException {
        return new Item(new ItemId(rs.getObject("id", UUID.class)),
                new OrganisationId(rs.getObject("owner_organisation_id", UUID.class)), rs.getString("number"),
                rs.getString("name"), rs.getString("description"), ItemKind.valueOf(rs.getString("kind")),
                UnitOfMeasure.valueOf(rs.getString("unit")), Tracking.valueOf(rs.getString("tracking")),
                rs.getString("gtin"), rs.getString("country_of_origin"), ItemStatus.valueOf(rs.getString("status")),
                List.of(), rs.getInt("version"));
    }
}
