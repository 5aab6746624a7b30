package org.jointline.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Organisations {

    private static final String VISIBLE = "(:admin OR o.id IN " + Visibility.VISIBLE_ORGANISATIONS + ")";
    private final JdbcClient jdbc;

    Organisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Organisation> page(Actor actor, PageQuery query) {
        String where = " WHERE " + VISIBLE + " AND (lower(o.name) LIKE :q OR lower(o.country) LIKE :q)";
        List<Organisation> items = Visibility.bind(jdbc.sql("SELECT o.* FROM partners.organisation o" + where
                        + " ORDER BY o.name LIMIT :limit OFFSET :offset"), actor)
                .param("q", query.likePattern()).param("limit", query.size()).param("offset", query.offset())
                .query(Organisations::map).list();
        long total = Visibility.bind(jdbc.sql("SELECT count(*) FROM partners.organisation o" + where), actor)
                .param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(items, query, total);
    }

    public Optional<Organisation> find(Actor actor, OrganisationId id) {
        return Visibility.bind(jdbc.sql("SELECT o.* FROM partners.organisation o WHERE o.id = :id AND " + VISIBLE), actor)
                .param("id", id.value()).query(Organisations::map).optional();
    }

    /** Without visibility: for checks inside the module (does it exist at all?). */
    public Optional<Organisation> get(OrganisationId id) {
        return jdbc.sql("SELECT o.* FROM partners.organisation o WHERE o.id = :id")
                .param("id", id.value()).query(Organisations::map).optional();
    }

    public List<Organisation> all() {
        return jdbc.sql("SELECT o.* FROM partners.organisation o ORDER BY o.name").query(Organisations::map).list();
    }

    public java.util.Set<OrganisationId> partnersOf(OrganisationId id) {
        return java.util.Set.copyOf(jdbc.sql(Visibility.PARTNERS_OF_ACTOR)
                .param("actorOrg", id.value())
                .query((rs, n) -> new OrganisationId(rs.getObject(1, UUID.class))).list());
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM partners.organisation").query(Long.class).single();
    }

    public void insert(OrganisationId id, OrganisationDetails d) {
        jdbc.sql("""
                INSERT INTO partners.organisation (id, name, kind, country, city, registration_number, created_at)
                VALUES (:id, :name, :kind, :country, :city, :reg, :now)""")
                .param("id", id.value()).param("name", d.name()).param("kind", d.kind().name())
                .param("country", d.country()).param("city", d.city()).param("reg", d.registrationNumber())
                .param("now", Timestamp.from(Instant.now())).update();
    }

    public void update(OrganisationId id, OrganisationDetails d) {
        int rows = jdbc.sql("""
                UPDATE partners.organisation SET name = :name, kind = :kind, country = :country, city = :city,
                       registration_number = :reg, version = version + 1
                WHERE id = :id AND (CAST(:version AS INT) IS NULL OR version = :version)""")
                .param("id", id.value()).param("name", d.name()).param("kind", d.kind().name())
                .param("country", d.country()).param("city", d.city()).param("reg", d.registrationNumber())
                .param("version", d.version()).update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("organisation " + id);
        }
    }

    public boolean nameTaken(String name, String country, OrganisationId except) {
        return jdbc.sql("""
                SELECT count(*) FROM partners.organisation
                WHERE lower(name) = lower(:name) AND country = :country AND id <> :id""")
                .param("name", name).param("country", country)
                .param("id", except == null ? UUID.randomUUID() : except.value()).query(Long.class).single() > 0;
    }

    static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(new OrganisationId(rs.getObject("id", UUID.class)), rs.getString("name"),
                OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country"), rs.getString("city"),
                rs.getString("registration_number"), rs.getInt("version"));
    }
}
