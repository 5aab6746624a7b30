package org.jointline.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.partners.AccessTokenId;
import org.jointline.partners.AccessTokenView;
import org.jointline.partners.PersonId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Personal access tokens, stored as SHA-256 hashes only. */
@Repository
public class AccessTokenRows {

    private final JdbcClient jdbc;

    AccessTokenRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AccessTokenId id, PersonId person, String name, String hash, String hint, Instant expiresAt) {
        jdbc.sql("""
                INSERT INTO partners.access_token (id, person_id, name, token_hash, hint, created_at, expires_at)
                VALUES (:id, :person, :name, :hash, :hint, :now, :expires)""")
                .param("id", id.value()).param("person", person.value()).param("name", name).param("hash", hash)
                .param("hint", hint).param("now", Timestamp.from(Instant.now()))
                .param("expires", expiresAt == null ? null : Timestamp.from(expiresAt)).update();
    }

    public List<AccessTokenView> of(PersonId person) {
        return jdbc.sql("SELECT * FROM partners.access_token WHERE person_id = :p ORDER BY created_at DESC")
                .param("p", person.value()).query(AccessTokenRows::map).list();
    }

    public Optional<AccessTokenView> find(PersonId person, AccessTokenId id) {
        return jdbc.sql("SELECT * FROM partners.access_token WHERE person_id = :p AND id = :id")
                .param("p", person.value()).param("id", id.value()).query(AccessTokenRows::map).optional();
    }

    public int revoke(PersonId person, AccessTokenId id) {
        return jdbc.sql("UPDATE partners.access_token SET revoked_at = :now WHERE person_id = :p AND id = :id AND revoked_at IS NULL")
                .param("p", person.value()).param("id", id.value()).param("now", Timestamp.from(Instant.now())).update();
    }

    /** The person behind an active token; marks the token used (at most once a minute, to spare writes). */
    public Optional<PersonId> use(String hash) {
        Optional<PersonId> person = jdbc.sql("""
                SELECT person_id FROM partners.access_token
                WHERE token_hash = :hash AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())""")
                .param("hash", hash).query((rs, n) -> new PersonId(rs.getObject(1, UUID.class))).optional();
        person.ifPresent(p -> jdbc.sql("""
                UPDATE partners.access_token SET last_used_at = now()
                WHERE token_hash = :hash AND (last_used_at IS NULL OR last_used_at < now() - INTERVAL '1 minute')""")
                .param("hash", hash).update());
        return person;
    }

    private static AccessTokenView map(ResultSet rs, int row) throws SQLException {
        return new AccessTokenView(new AccessTokenId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("hint"), instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
