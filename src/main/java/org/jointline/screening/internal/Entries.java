package org.jointline.screening.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.screening.internal.lists.EntryKind;
import org.jointline.screening.internal.lists.ListEntry;
import org.jointline.screening.internal.matching.ListIndex;
import org.jointline.screening.internal.matching.PartyType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** List entries: one row each, the reader's whole model as JSON, a content hash to see what changed. */
@Repository
class Entries {

    record Stored(UUID id, String hash, int version, boolean removed) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    Entries(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    String hash(ListEntry entry) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsString(entry).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Map<String, Stored> of(String list) {
        Map<String, Stored> out = new LinkedHashMap<>();
        jdbc.sql("SELECT reference, id, content_hash, version, removed_at IS NOT NULL AS removed FROM screening.entry WHERE list = ?")
                .param(list)
                .query((rs, n) -> out.put(rs.getString(1), new Stored(rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getInt(4), rs.getBoolean(5))))
                .list();
        return out;
    }

    void insert(List<ListEntry> entries, Map<ListEntry, String> hashes, Instant now) {
        batch.batchUpdate("""
                INSERT INTO screening.entry (id, list, reference, kind, name, detail, content_hash, version, changed_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?, 1, ?)""", entries, 1000, (ps, e) -> {
            ps.setObject(1, org.jointline.platform.Ids.next());
            ps.setString(2, e.list());
            ps.setString(3, e.reference());
            ps.setString(4, e.kind().name());
            ps.setString(5, e.name());
            ps.setString(6, json.writeValueAsString(e));
            ps.setString(7, hashes.get(e));
            ps.setTimestamp(8, Timestamp.from(now));
        });
    }

    void update(List<ListEntry> entries, Map<ListEntry, String> hashes, Instant now) {
        batch.batchUpdate("""
                UPDATE screening.entry SET kind = ?, name = ?, detail = CAST(? AS jsonb), content_hash = ?,
                    version = version + 1, changed_at = ?, removed_at = NULL
                WHERE list = ? AND reference = ?""", entries, 1000, (ps, e) -> {
            ps.setString(1, e.kind().name());
            ps.setString(2, e.name());
            ps.setString(3, json.writeValueAsString(e));
            ps.setString(4, hashes.get(e));
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setString(6, e.list());
            ps.setString(7, e.reference());
        });
    }

    void remove(List<UUID> ids, Instant now) {
        batch.batchUpdate("UPDATE screening.entry SET removed_at = ?, version = version + 1 WHERE id = ?", ids, 1000, (ps, id) -> {
            ps.setTimestamp(1, Timestamp.from(now));
            ps.setObject(2, id);
        });
    }

    /** Every live entry with every name it goes by, for the index. */
    Map<ListIndex.Entry, List<String>> live() {
        Map<ListIndex.Entry, List<String>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT id, detail::text, content_hash FROM screening.entry WHERE removed_at IS NULL ORDER BY list, reference")
                .query((rs, n) -> {
                    ListEntry e = json.readValue(rs.getString(2), ListEntry.class);
                    PartyType type = e.kind() == EntryKind.PERSON ? PartyType.PERSON : PartyType.ORGANISATION;
                    out.put(new ListIndex.Entry(rs.getObject(1, UUID.class), e.list(), e.reference(), type, e.name(),
                            rs.getString(3), e.countries()), e.names());
                    return null;
                }).list();
        return out;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM screening.entry WHERE removed_at IS NULL").query(Long.class).single();
    }
}
