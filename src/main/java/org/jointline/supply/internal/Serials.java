package org.jointline.supply.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.ItemId;
import org.jointline.partners.FacilityId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.supply.LocationId;
import org.jointline.supply.LotId;
import org.jointline.supply.SerialId;
import org.jointline.supply.SerialNumber;
import org.jointline.supply.SerialState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Serial numbers. Every change of place is a conditional update on the rows locked first: one winner per unit. */
@Repository
public class Serials {

    /** A serial taken from where it was: its id, number, lot and the location it left. */
    public record Taken(SerialId id, String serial, LotId lot, LocationId from, FacilityId facility) {
    }

    private final JdbcClient jdbc;

    Serials(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which of these serials the item already has. */
    public List<String> existing(ItemId item, Collection<String> serials) {
        return jdbc.sql("SELECT serial FROM supply.serial WHERE item_id = :item AND serial = ANY(:serials) ORDER BY serial LIMIT 20")
                .param("item", item.value()).param("serials", serials.toArray(String[]::new)).query(String.class).list();
    }

    /** What {@link #insertNew} inserted (ids, UUIDv7 made in Java) and the serials that were there already. */
    public record Inserted(List<SerialId> ids, List<String> conflicting) {
    }

    /**
     * Inserts in one statement those of the serials the item does not have yet; the unique (item, serial) rule
     * skips the others, which are then named (sorted, at most 20) so the caller can place or refuse them.
     */
    public Inserted insertNew(ItemId item, List<String> serials, LotId lot, OrganisationId supplier, SerialState state,
                              LocationId location, FacilityId facility, String reference) {
        UUID[] ids = new UUID[serials.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = SerialId.next().value();
        }
        String[] numbers = serials.toArray(String[]::new);
        int count = jdbc.sql("""
                INSERT INTO supply.serial (id, item_id, serial, lot_id, supplier_id, state, location_id, facility_id, reference)
                SELECT u.id, :item, u.serial, :lot, :supplier, :state, :location, :facility, :reference
                FROM unnest(CAST(:ids AS UUID[]), CAST(:serials AS TEXT[])) AS u(id, serial)
                ON CONFLICT (item_id, serial) DO NOTHING""")
                .param("ids", ids).param("serials", numbers).param("item", item.value())
                .param("lot", lot == null ? null : lot.value()).param("supplier", supplier == null ? null : supplier.value())
                .param("state", state.name()).param("location", location == null ? null : location.value())
                .param("facility", facility == null ? null : facility.value()).param("reference", reference).update();
        if (count == ids.length) {
            return new Inserted(java.util.Arrays.stream(ids).map(SerialId::new).toList(), List.of());
        }
        List<UUID> fresh = jdbc.sql("SELECT id FROM supply.serial WHERE id = ANY(:ids)").param("ids", ids)
                .query(UUID.class).list();
        java.util.Set<UUID> insertedIds = new java.util.HashSet<>(fresh);
        List<String> conflicting = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            if (!insertedIds.contains(ids[i])) {
                conflicting.add(numbers[i]);
            }
        }
        java.util.Collections.sort(conflicting);
        return new Inserted(fresh.stream().map(SerialId::new).toList(), conflicting);
    }

    /**
     * Locks the serials of the item that are in {@code state} (and at {@code from}, when given). A concurrent
     * taker waits here and then no longer finds them: the rows it sees have changed state.
     */
    public List<Taken> lock(ItemId item, Collection<String> serials, SerialState state, LocationId from) {
        return jdbc.sql("""
                SELECT id, serial, lot_id, location_id, facility_id FROM supply.serial
                WHERE item_id = :item AND serial = ANY(:serials) AND state = :state
                  AND (CAST(:from AS UUID) IS NULL OR location_id = :from)
                ORDER BY id FOR UPDATE""")
                .param("item", item.value()).param("serials", serials.toArray(String[]::new)).param("state", state.name())
                .param("from", from == null ? null : from.value())
                .query((rs, n) -> new Taken(new SerialId(rs.getObject("id", UUID.class)), rs.getString("serial"),
                        lotId(rs), locationId(rs), facilityId(rs)))
                .list();
    }

    public void place(Collection<SerialId> ids, SerialState state, LocationId location, FacilityId facility, String reference) {
        jdbc.sql("""
                UPDATE supply.serial SET state = :state, location_id = :location,
                       facility_id = COALESCE(CAST(:facility AS UUID), facility_id), reference = :reference, changed_at = now()
                WHERE id = ANY(:ids)""")
                .param("ids", ids.stream().map(SerialId::value).toArray(UUID[]::new)).param("state", state.name())
                .param("location", location == null ? null : location.value())
                .param("facility", facility == null ? null : facility.value()).param("reference", reference).update();
    }

    public Optional<SerialNumber> find(SerialId id) {
        return jdbc.sql("SELECT * FROM supply.serial WHERE id = :id").param("id", id.value()).query(Serials::map).optional();
    }

    public Optional<SerialNumber> find(ItemId item, String serial) {
        return jdbc.sql("SELECT * FROM supply.serial WHERE item_id = :item AND serial = :serial")
                .param("item", item.value()).param("serial", serial).query(Serials::map).optional();
    }

    /** Serials written exactly so, of any item, at the facilities given ({@code null}: anywhere) or never placed. */
    public List<SerialNumber> bySerial(String serial, UUID[] facilities) {
        return jdbc.sql("""
                SELECT * FROM supply.serial WHERE serial = :serial
                AND (CAST(:facilities AS UUID[]) IS NULL OR facility_id = ANY(:facilities)) ORDER BY item_id LIMIT 50""")
                .param("serial", serial).param("facilities", facilities).query(Serials::map).list();
    }

    public PageResult<SerialNumber> page(UUID[] facilities, ItemId item, SerialState state, PageQuery query) {
        String where = """
                 WHERE (CAST(:facilities AS UUID[]) IS NULL OR facility_id = ANY(:facilities))
                 AND (CAST(:item AS UUID) IS NULL OR item_id = :item) AND (CAST(:state AS TEXT) IS NULL OR state = :state)
                 AND lower(serial) LIKE :q""";
        UUID itemId = item == null ? null : item.value();
        String stateName = state == null ? null : state.name();
        List<SerialNumber> rows = jdbc.sql("SELECT * FROM supply.serial " + where + " ORDER BY changed_at DESC, serial LIMIT :limit OFFSET :offset")
                .param("facilities", facilities).param("item", itemId).param("state", stateName).param("q", query.likePattern())
                .param("limit", query.size()).param("offset", query.offset()).query(Serials::map).list();
        long total = jdbc.sql("SELECT count(*) FROM supply.serial " + where).param("facilities", facilities)
                .param("item", itemId).param("state", stateName).param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    private static LotId lotId(ResultSet rs) throws SQLException {
        UUID lot = rs.getObject("lot_id", UUID.class);
        return lot == null ? null : new LotId(lot);
    }

    private static LocationId locationId(ResultSet rs) throws SQLException {
        UUID location = rs.getObject("location_id", UUID.class);
        return location == null ? null : new LocationId(location);
    }

    private static FacilityId facilityId(ResultSet rs) throws SQLException {
        UUID facility = rs.getObject("facility_id", UUID.class);
        return facility == null ? null : new FacilityId(facility);
    }

    static SerialNumber map(ResultSet rs, int row) throws SQLException {
        UUID supplier = rs.getObject("supplier_id", UUID.class);
        return new SerialNumber(new SerialId(rs.getObject("id", UUID.class)), new ItemId(rs.getObject("item_id", UUID.class)),
                rs.getString("serial"), lotId(rs), supplier == null ? null : new OrganisationId(supplier),
                SerialState.valueOf(rs.getString("state")), locationId(rs), facilityId(rs), rs.getString("reference"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
