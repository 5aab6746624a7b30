package org.jointline.partners.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.jointline.partners.Member;
import org.jointline.partners.MemberRole;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.Programme;
import org.jointline.partners.ProgrammeDetails;
import org.jointline.partners.ProgrammeId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programmes and their members, as rows. Visibility: administrators, or member organisations. */
@Repository
public class Programmes {

    private static final String VISIBLE = "(:admin OR p.id IN (SELECT programme_id FROM partners.membership WHERE organisation_id = :actorOrg))";
    private final JdbcClient jdbc;

    Programmes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Programme> page(Actor actor, PageQuery query) {
        String where = " WHERE " + VISIBLE + " AND (lower(p.name) LIKE :q OR lower(p.code) LIKE :q)";
        List<Programme> items = Visibility.bind(jdbc.sql("SELECT p.* FROM partners.programme p" + where
                        + " ORDER BY p.name LIMIT :limit OFFSET :offset"), actor)
                .param("q", query.likePattern()).param("limit", query.size()).param("offset", query.offset())
                .query(Programmes::map).list();
        long total = Visibility.bind(jdbc.sql("SELECT count(*) FROM partners.programme p" + where), actor)
                .param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(items, query, total);
    }

    public Optional<Programme> find(Actor actor, ProgrammeId id) {
        return Visibility.bind(jdbc.sql("SELECT p.* FROM partners.programme p WHERE p.id = :id AND " + VISIBLE), actor)
                .param("id", id.value()).query(Programmes::map).optional();
    }

    public boolean isMember(ProgrammeId programme, OrganisationId organisation) {
        return jdbc.sql("SELECT count(*) FROM partners.membership WHERE programme_id = :p AND organisation_id = :o")
                .param("p", programme.value()).param("o", organisation.value()).query(Long.class).single() > 0;
    }

    public void insert(ProgrammeId id, ProgrammeDetails d) {
        jdbc.sql("""
                INSERT INTO partners.programme (id, code, name, description, starts_on, ends_on, created_at)
                VALUES (:id, :code, :name, :description, :startsOn, :endsOn, :now)""")
                .param("id", id.value()).param("code", d.code()).param("name", d.name())
                .param("description", d.description()).param("startsOn", sqlDate(d.startsOn()))
                .param("endsOn", sqlDate(d.endsOn())).param("now", Timestamp.from(Instant.now())).update();
    }

    public void update(ProgrammeId id, ProgrammeDetails d) {
        int rows = jdbc.sql("""
                UPDATE partners.programme SET code = :code, name = :name, description = :description,
                       starts_on = :startsOn, ends_on = :endsOn, version = version + 1
                WHERE id = :id AND (CAST(:version AS INT) IS NULL OR version = :version)""")
                .param("id", id.value()).param("code", d.code()).param("name", d.name())
                .param("description", d.description()).param("startsOn", sqlDate(d.startsOn()))
                .param("endsOn", sqlDate(d.endsOn())).param("version", d.version()).update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("programme " + id);
        }
    }

    public List<Member> members(ProgrammeId id) {
        return jdbc.sql("""
                SELECT m.programme_id, m.organisation_id, m.role, o.name, o.kind, o.country
                FROM partners.membership m JOIN partners.organisation o ON o.id = m.organisation_id
                WHERE m.programme_id = :id
                ORDER BY array_position(ARRAY['HOST','PARTNER','SUPPLIER','CUSTOMER','AUTHORITY'], m.role), o.name""")
                .param("id", id.value())
                .query((rs, n) -> new Member(new ProgrammeId(rs.getObject("programme_id", java.util.UUID.class)),
                        new OrganisationId(rs.getObject("organisation_id", java.util.UUID.class)), rs.getString("name"),
                        OrganisationKind.valueOf(rs.getString("kind")), rs.getString("country"),
                        MemberRole.valueOf(rs.getString("role"))))
                .list();
    }

    public void addMember(ProgrammeId programme, OrganisationId organisation, MemberRole role) {
        jdbc.sql("""
                INSERT INTO partners.membership (programme_id, organisation_id, role, joined_at)
                VALUES (:p, :o, :role, :now)
                ON CONFLICT (programme_id, organisation_id) DO UPDATE SET role = EXCLUDED.role""")
                .param("p", programme.value()).param("o", organisation.value()).param("role", role.name())
                .param("now", Timestamp.from(Instant.now())).update();
    }

    public int removeMember(ProgrammeId programme, OrganisationId organisation) {
        return jdbc.sql("DELETE FROM partners.membership WHERE programme_id = :p AND organisation_id = :o")
                .param("p", programme.value()).param("o", organisation.value()).update();
    }

    public boolean codeTaken(String code, ProgrammeId except) {
        return jdbc.sql("SELECT count(*) FROM partners.programme WHERE code = :code AND id <> :id")
                .param("code", code).param("id", except == null ? java.util.UUID.randomUUID() : except.value())
                .query(Long.class).single() > 0;
    }

    private static Date sqlDate(java.time.LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static Programme map(ResultSet rs, int row) throws SQLException {
        Date starts = rs.getDate("starts_on");
        Date ends = rs.getDate("ends_on");
        return new Programme(new ProgrammeId(rs.getObject("id", java.util.UUID.class)), rs.getString("code"),
                rs.getString("name"), rs.getString("description"), starts == null ? null : starts.toLocalDate(),
                ends == null ? null : ends.toLocalDate(), rs.getInt("version"));
    }
}
