package org.jointline.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityDetails;
import org.jointline.partners.FacilityId;
import org.jointline.partners.LineDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProductionLine;
import org.jointline.partners.ProductionLineId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Facilities and their production lines. Visible where the owning organisation is visible. */
@Repository
public class Facilities {

    private static final String SELECT = "SELECT f.*, o.name AS organisation_name FROM partners.facility f "
            + "JOIN partners.organisation o ON o.id = f.organisation_id";
    private static final String VISIBLE = "(:admin OR f.organisation_id IN " + Visibility.VISIBLE_ORGANISATIONS + ")";
    private final JdbcClient jdbc;

    Facilities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Facility> page(Actor actor, PageQuery query, OrganisationId owner) {
        String where = " WHERE " + VISIBLE + " AND (CAST(:owner AS UUID) IS NULL OR f.organisation_id = :owner)"
                + " AND (lower(f.name) LIKE :q OR lower(f.code) LIKE :q OR lower(f.country) LIKE :q OR lower(o.name) LIKE :q)";
        UUID ownerId = owner == null ? null : owner.value();
        List<Facility> items = Visibility.bind(jdbc.sql(SELECT + where + " ORDER BY o.name, f.name LIMIT :limit OFFSET :offset"), actor)
                .param("owner", ownerId).param("q", query.likePattern()).param("limit", query.size())
                .param("offset", query.offset()).query(Facilities::map).list();
        long total = Visibility.bind(jdbc.sql("SELECT count(*) FROM partners.facility f JOIN partners.organisation o "
                        + "ON o.id = f.organisation_id" + where), actor)
                .param("owner", ownerId).param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(items, query, total);
    }

    public List<Facility> all(Actor actor) {
        return Visibility.bind(jdbc.sql(SELECT + " WHERE " + VISIBLE + " ORDER BY o.name, f.name"), actor)
                .query(Facilities::map).list();
    }

    public Optional<Facility> find(Actor actor, FacilityId id) {
        return Visibility.bind(jdbc.sql(SELECT + " WHERE f.id = :id AND " + VISIBLE), actor)
                .param("id", id.value()).query(Facilities::map).optional();
    }

    public void insert(FacilityId id, FacilityDetails d) {
        jdbc.sql("""
                INSERT INTO partners.facility (id, organisation_id, code, name, country, city, address, created_at)
                VALUES (:id, :org, :code, :name, :country, :city, :address, :now)""")
                .param("id", id.value()).param("org", d.organisationId().value()).param("code", d.code())
                .param("name", d.name()).param("country", d.country()).param("city", d.city())
                .param("address", d.address()).param("now", Timestamp.from(Instant.now())).update();
    }

    public void update(FacilityId id, FacilityDetails d) {
        int rows = jdbc.sql("""
                UPDATE partners.facility SET code = :code, name = :name, country = :country, city = :city,
                       address = :address, version = version + 1
                WHERE id = :id AND (CAST(:version AS INT) IS NULL OR version = :version)""")
                .param("id", id.value()).param("code", d.code()).param("name", d.name())
                .param("country", d.country()).param("city", d.city()).param("address", d.address())
                .param("version", d.version()).update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("facility " + id);
        }
    }

    public boolean codeTaken(OrganisationId owner, String code, FacilityId except) {
        return jdbc.sql("SELECT count(*) FROM partners.facility WHERE organisation_id = :org AND code = :code AND id <> :id")
                .param("org", owner.value()).param("code", code)
                .param("id", except == null ? UUID.randomUUID() : except.value()).query(Long.class).single() > 0;
    }

    public List<ProductionLine> lines(FacilityId facility) {
        return jdbc.sql("SELECT * FROM partners.production_line WHERE facility_id = :f ORDER BY code")
                .param("f", facility.value()).query(Facilities::mapLine).list();
    }

    public Optional<ProductionLine> line(ProductionLineId id) {
        return jdbc.sql("SELECT * FROM partners.production_line WHERE id = :id")
                .param("id", id.value()).query(Facilities::mapLine).optional();
    }

    public void insertLine(ProductionLineId id, FacilityId facility, LineDetails d) {
        jdbc.sql("""
                INSERT INTO partners.production_line (id, facility_id, code, name, capacity_units_per_day, created_at)
                VALUES (:id, :f, :code, :name, :capacity, :now)""")
                .param("id", id.value()).param("f", facility.value()).param("code", d.code()).param("name", d.name())
                .param("capacity", d.capacityUnitsPerDay()).param("now", Timestamp.from(Instant.now())).update();
    }

    public void updateLine(ProductionLineId id, LineDetails d) {
        int rows = jdbc.sql("""
                UPDATE partners.production_line SET code = :code, name = :name, capacity_units_per_day = :capacity,
                       version = version + 1
                WHERE id = :id AND (CAST(:version AS INT) IS NULL OR version = :version)""")
                .param("id", id.value()).param("code", d.code()).param("name", d.name())
                .param("capacity", d.capacityUnitsPerDay()).param("version", d.version()).update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("line " + id);
        }
    }

    public boolean lineCodeTaken(FacilityId facility, String code, ProductionLineId except) {
        return jdbc.sql("SELECT count(*) FROM partners.production_line WHERE facility_id = :f AND code = :code AND id <> :id")
                .param("f", facility.value()).param("code", code)
                .param("id", except == null ? UUID.randomUUID() : except.value()).query(Long.class).single() > 0;
    }

    private static Facility map(ResultSet rs, int row) throws SQLException {
        return new Facility(new FacilityId(rs.getObject("id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("organisation_name"),
                rs.getString("code"), rs.getString("name"), rs.getString("country"), rs.getString("city"),
                rs.getString("address"), rs.getInt("version"));
    }

    private static ProductionLine mapLine(ResultSet rs, int row) throws SQLException {
        return new ProductionLine(new ProductionLineId(rs.getObject("id", UUID.class)),
                new FacilityId(rs.getObject("facility_id", UUID.class)), rs.getString("code"), rs.getString("name"),
                rs.getInt("capacity_units_per_day"), rs.getInt("version"));
    }
}
