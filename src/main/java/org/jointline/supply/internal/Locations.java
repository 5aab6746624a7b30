package org.jointline.supply.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.partners.FacilityId;
import org.jointline.supply.Location;
import org.jointline.supply.LocationDetails;
import org.jointline.supply.LocationId;
import org.jointline.supply.LocationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Locations {

    /** Every facility gets these on first use; people add shelves and more under them. */
    private static final List<LocationDetails> STANDARD = List.of(
            new LocationDetails("STORE", "Main store", LocationKind.WAREHOUSE, null),
            new LocationDetails("RECV", "Goods receiving", LocationKind.RECEIVING, null),
            new LocationDetails("LINE", "Line-side", LocationKind.LINE_SIDE, null),
            new LocationDetails("QUAR", "Quarantine", LocationKind.QUARANTINE, null),
            new LocationDetails("TRANSIT", "In transit", LocationKind.IN_TRANSIT, null));

    private final JdbcClient jdbc;

    Locations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void ensureStandard(FacilityId facility) {
        for (LocationDetails details : STANDARD) {
            jdbc.sql("""
                    INSERT INTO supply.location (id, facility_id, code, name, kind) VALUES (:id, :facility, :code, :name, :kind)
                    ON CONFLICT (facility_id, code) DO NOTHING""")
                    .param("id", LocationId.next().value()).param("facility", facility.value())
                    .param("code", details.code()).param("name", details.name()).param("kind", details.kind().name())
                    .update();
        }
    }

    public void insert(LocationId id, FacilityId facility, LocationDetails details) {
        jdbc.sql("INSERT INTO supply.location (id, facility_id, parent_id, code, name, kind) VALUES (:id, :facility, :parent, :code, :name, :kind)")
                .param("id", id.value()).param("facility", facility.value())
                .param("parent", details.parent() == null ? null : details.parent().value())
                .param("code", details.code()).param("name", details.name()).param("kind", details.kind().name()).update();
    }

    public boolean codeTaken(FacilityId facility, String code) {
        return jdbc.sql("SELECT count(*) FROM supply.location WHERE facility_id = :facility AND lower(code) = lower(:code)")
                .param("facility", facility.value()).param("code", code).query(Long.class).single() > 0;
    }

    public Optional<Location> find(LocationId id) {
        return jdbc.sql("SELECT * FROM supply.location WHERE id = :id").param("id", id.value()).query(Locations::map).optional();
    }

    public List<Location> byIds(Collection<UUID> ids) {
        return jdbc.sql("SELECT * FROM supply.location WHERE id = ANY(:ids)").param("ids", ids.toArray(UUID[]::new))
                .query(Locations::map).list();
    }

    /** The facility's locations in tree order (parents before children, siblings by code). */
    public List<Location> ofFacility(FacilityId facility) {
        return jdbc.sql("""
                WITH RECURSIVE tree AS (
                    SELECT l.*, ARRAY[l.code::TEXT] AS path FROM supply.location l WHERE l.facility_id = :facility AND l.parent_id IS NULL
                    UNION ALL
                    SELECT c.*, t.path || c.code::TEXT FROM supply.location c JOIN tree t ON c.parent_id = t.id)
                SELECT * FROM tree ORDER BY path""").param("facility", facility.value()).query(Locations::map).list();
    }

    public Optional<Location> firstOfKind(FacilityId facility, LocationKind kind) {
        return jdbc.sql("SELECT * FROM supply.location WHERE facility_id = :facility AND kind = :kind ORDER BY parent_id NULLS FIRST, code LIMIT 1")
                .param("facility", facility.value()).param("kind", kind.name()).query(Locations::map).optional();
    }

    static Location map(ResultSet rs, int row) throws SQLException {
        UUID parent = rs.getObject("parent_id", UUID.class);
        return new Location(new LocationId(rs.getObject("id", UUID.class)), new FacilityId(rs.getObject("facility_id", UUID.class)),
                parent == null ? null : new LocationId(parent), rs.getString("code"), rs.getString("name"),
                LocationKind.valueOf(rs.getString("kind")));
    }
}
