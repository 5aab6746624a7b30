package org.jointline.partners.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.Person;
import org.jointline.partners.PersonDetails;
import org.jointline.partners.PersonId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.security.Account;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** People and their roles. A person's record is private to their organisation (and administrators). */
@Repository
public class People {

    private static final String SELECT = """
            SELECT p.*, o.name AS organisation_name,
                   ARRAY(SELECT r.role FROM partners.person_role r WHERE r.person_id = p.id ORDER BY r.role) AS roles
            FROM partners.person p JOIN partners.organisation o ON o.id = p.organisation_id""";
    private static final String VISIBLE = "(:admin OR p.organisation_id = :actorOrg)";
    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public PageResult<Person> page(Actor actor, PageQuery query) {
        String where = " WHERE " + VISIBLE + " AND (lower(p.display_name) LIKE :q OR lower(p.username) LIKE :q OR lower(o.name) LIKE :q)";
        List<Person> items = Visibility.bind(jdbc.sql(SELECT + where + " ORDER BY o.name, p.display_name LIMIT :limit OFFSET :offset"), actor)
                .param("q", query.likePattern()).param("limit", query.size()).param("offset", query.offset())
                .query(People::map).list();
        long total = Visibility.bind(jdbc.sql("SELECT count(*) FROM partners.person p JOIN partners.organisation o "
                        + "ON o.id = p.organisation_id" + where), actor)
                .param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(items, query, total);
    }

    public Optional<Person> find(Actor actor, PersonId id) {
        return Visibility.bind(jdbc.sql(SELECT + " WHERE p.id = :id AND " + VISIBLE), actor)
                .param("id", id.value()).query(People::map).optional();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM partners.person").query(Long.class).single();
    }

    public boolean usernameTaken(String username, PersonId except) {
        return jdbc.sql("SELECT count(*) FROM partners.person WHERE lower(username) = lower(:u) AND id <> :id")
                .param("u", username).param("id", except == null ? UUID.randomUUID() : except.value())
                .query(Long.class).single() > 0;
    }

    public void insert(PersonId id, PersonDetails d, String passwordHash) {
        jdbc.sql("""
                INSERT INTO partners.person (id, organisation_id, username, display_name, email, password_hash, enabled, created_at)
                VALUES (:id, :org, :username, :name, :email, :hash, :enabled, :now)""")
                .param("id", id.value()).param("org", d.organisationId().value()).param("username", d.username())
                .param("name", d.displayName()).param("email", d.email()).param("hash", passwordHash)
                .param("enabled", d.enabled()).param("now", Timestamp.from(Instant.now())).update();
        replaceRoles(id, d.roles());
    }

    public void update(PersonId id, PersonDetails d, String passwordHash) {
        int rows = jdbc.sql("""
                UPDATE partners.person SET username = :username, display_name = :name, email = :email,
                       enabled = :enabled, password_hash = COALESCE(:hash, password_hash), version = version + 1
                WHERE id = :id AND (CAST(:version AS INT) IS NULL OR version = :version)""")
                .param("id", id.value()).param("username", d.username()).param("name", d.displayName())
                .param("email", d.email()).param("enabled", d.enabled()).param("hash", passwordHash)
                .param("version", d.version()).update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("person " + id);
        }
        replaceRoles(id, d.roles());
    }

    private void replaceRoles(PersonId id, Set<Role> roles) {
        jdbc.sql("DELETE FROM partners.person_role WHERE person_id = :id").param("id", id.value()).update();
        jdbc.sql("INSERT INTO partners.person_role (person_id, role) SELECT :id, unnest(CAST(:roles AS TEXT[]))")
                .param("id", id.value()).param("roles", roles.stream().map(Role::name).toArray(String[]::new)).update();
    }

    public Optional<Account> account(String username) {
        return jdbc.sql(SELECT + " WHERE lower(p.username) = lower(:u)").param("u", username)
                .query(People::mapAccount).optional();
    }

    public Optional<Account> accountOf(PersonId id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id.value()).query(People::mapAccount).optional();
    }

    /** Counts a failure; from the {@code threshold}-th in a row the account locks until {@code lockUntil}. */
    public void loginFailed(String username, int threshold, Instant lockUntil) {
        jdbc.sql("""
                UPDATE partners.person SET failed_logins = failed_logins + 1,
                       locked_until = CASE WHEN failed_logins + 1 >= :threshold THEN :until ELSE locked_until END
                WHERE lower(username) = lower(:u)""")
                .param("u", username).param("threshold", threshold).param("until", Timestamp.from(lockUntil)).update();
    }

    public void loginSucceeded(String username) {
        jdbc.sql("UPDATE partners.person SET failed_logins = 0, locked_until = NULL WHERE lower(username) = lower(:u) AND failed_logins > 0")
                .param("u", username).update();
    }

    private static Person map(ResultSet rs, int row) throws SQLException {
        return new Person(new PersonId(rs.getObject("id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("organisation_name"),
                rs.getString("username"), rs.getString("display_name"), rs.getString("email"), roles(rs.getArray("roles")),
                rs.getBoolean("enabled"), rs.getInt("version"));
    }

    private static Account mapAccount(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getObject("organisation_id", UUID.class), rs.getString("password_hash"), rs.getBoolean("enabled"),
                locked == null ? null : locked.toInstant(), roles(rs.getArray("roles")));
    }

    private static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        return names.length == 0 ? EnumSet.noneOf(Role.class)
                : Arrays.stream(names).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
