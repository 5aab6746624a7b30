package org.jointline.screening.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.screening.HitStatus;
import org.jointline.screening.PartyKind;
import org.jointline.screening.ScreeningHit;
import org.jointline.screening.ScreeningState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Screened parties and their hits. */
@Repository
class Parties {

    record Party(UUID id, PartyKind kind, UUID organisationId, String name, String country, ScreeningState state,
                 Instant screenedAt) {
    }

    /** A hit with what screening needs to revisit it: the entry's hash when it was decided, the entry's hash now. */
    record Hit(ScreeningHit view, String decidedHash, String entryHash, boolean entryRemoved, UUID partyId) {
    }

    private static final String HITS = """
            SELECT h.id, h.entry_id, e.list, e.reference, e.name AS entry_name, h.matched_name, h.score, h.explanation,
                   h.status, h.reason, h.decided_by, h.decided_at, h.entry_hash, e.content_hash, e.removed_at IS NOT NULL AS removed,
                   h.party_id
            FROM screening.hit h JOIN screening.entry e ON e.id = h.entry_id
            """;

    private final JdbcClient jdbc;

    Parties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Party> find(UUID id) {
        return jdbc.sql("SELECT * FROM screening.party WHERE party_id = ?").param(id).query(Parties::party).optional();
    }

    List<Party> all() {
        return jdbc.sql("SELECT * FROM screening.party ORDER BY party_id").query(Parties::party).list();
    }

    void save(Party p) {
        jdbc.sql("""
                INSERT INTO screening.party (party_id, kind, organisation_id, name, country, state, screened_at)
                VALUES (:id, :kind, :organisation, :name, :country, :state, :at)
                ON CONFLICT (party_id) DO UPDATE SET name = EXCLUDED.name, country = EXCLUDED.country,
                    state = EXCLUDED.state, screened_at = EXCLUDED.screened_at""")
                .param("id", p.id()).param("kind", p.kind().name()).param("organisation", p.organisationId())
                .param("name", p.name()).param("country", p.country()).param("state", p.state().name())
                .param("at", Timestamp.from(p.screenedAt()))
                .update();
    }

    /** Parties in a state, of the given organisations ({@code null}: all), searchable by name, newest first. */
    PageResult<Party> page(ScreeningState state, Collection<UUID> organisations, PageQuery query) {
        String where = " WHERE state = :state AND lower(name) LIKE :search"
                + (organisations == null ? "" : " AND organisation_id IN (:organisations)");
        var count = jdbc.sql("SELECT count(*) FROM screening.party" + where).param("state", state.name())
                .param("search", query.likePattern());
        var rows = jdbc.sql("SELECT * FROM screening.party" + where + " ORDER BY screened_at DESC, party_id LIMIT :size OFFSET :offset")
                .param("state", state.name()).param("search", query.likePattern())
                .param("size", query.size()).param("offset", query.offset());
        if (organisations != null) {
            if (organisations.isEmpty()) {
                return PageResult.of(List.of(), query, 0);
            }
            count = count.param("organisations", organisations);
            rows = rows.param("organisations", organisations);
        }
        return PageResult.of(rows.query(Parties::party).list(), query, count.query(Long.class).single());
    }

    List<Hit> hits(UUID partyId) {
        return jdbc.sql(HITS + " WHERE h.party_id = ? ORDER BY h.score DESC, h.id").param(partyId).query(Parties::hit).list();
    }

    Optional<Hit> hit(UUID hitId) {
        return jdbc.sql(HITS + " WHERE h.id = ?").param(hitId).query(Parties::hit).optional();
    }

    void insertHit(UUID partyId, UUID entryId, String matchedName, double score, String explanation, String entryHash,
                   Instant now) {
        jdbc.sql("""
                INSERT INTO screening.hit (id, party_id, entry_id, matched_name, score, explanation, status, entry_hash, found_at)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
                .params(org.jointline.platform.Ids.next(), partyId, entryId, matchedName, BigDecimal.valueOf(score)
                        .setScale(3, java.math.RoundingMode.HALF_UP), explanation, entryHash, Timestamp.from(now))
                .update();
    }

    void refreshHit(UUID hitId, String matchedName, double score, String explanation) {
        jdbc.sql("UPDATE screening.hit SET matched_name = ?, score = ?, explanation = ? WHERE id = ?")
                .params(matchedName, BigDecimal.valueOf(score).setScale(3, java.math.RoundingMode.HALF_UP), explanation, hitId)
                .update();
    }

    /** Opens a dismissed hit again because its entry changed; the dismissal stays readable in the reason. */
    void reopen(UUID hitId, String entryHash, String note) {
        jdbc.sql("UPDATE screening.hit SET status = 'OPEN', entry_hash = ?, reason = ? WHERE id = ?")
                .params(entryHash, note, hitId).update();
    }

    void decide(UUID hitId, HitStatus status, String reason, String by, String entryHash, Instant at) {
        jdbc.sql("UPDATE screening.hit SET status = ?, reason = ?, decided_by = ?, decided_at = ?, entry_hash = ? WHERE id = ?")
                .params(status.name(), reason, by, Timestamp.from(at), entryHash, hitId).update();
    }

    void deleteHit(UUID hitId) {
        jdbc.sql("DELETE FROM screening.hit WHERE id = ?").param(hitId).update();
    }

    private static Party party(ResultSet rs, int n) throws SQLException {
        return new Party(rs.getObject("party_id", UUID.class), PartyKind.valueOf(rs.getString("kind")),
                rs.getObject("organisation_id", UUID.class), rs.getString("name"), rs.getString("country"),
                ScreeningState.valueOf(rs.getString("state")), rs.getTimestamp("screened_at").toInstant());
    }

    private static Hit hit(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        ScreeningHit view = new ScreeningHit(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
                rs.getString("list"), rs.getString("reference"), rs.getString("entry_name"), rs.getString("matched_name"),
                rs.getBigDecimal("score").doubleValue(), rs.getString("explanation"), HitStatus.valueOf(rs.getString("status")),
                rs.getString("reason"), rs.getString("decided_by"), decided == null ? null : decided.toInstant());
        return new Hit(view, rs.getString("entry_hash"), rs.getString("content_hash"), rs.getBoolean("removed"),
                rs.getObject("party_id", UUID.class));
    }
}
