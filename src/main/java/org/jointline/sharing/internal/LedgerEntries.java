package org.jointline.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.sharing.LedgerEntry;

/** How a ledger entry is hashed, and how it is read from its row. */
public final class LedgerEntries {

    public static final String GENESIS = "0".repeat(64);
    public static final String COLUMNS = "owner_organisation_id, sequence, recorded_at, kind, actor_person_id, actor_name, "
            + "actor_organisation_id, action, target_type, target_id, target_label, outcome, reasons, agreement_id, "
            + "previous_hash, hash";

    private LedgerEntries() {
    }

    /** The entry's canonical JSON (RFC 8785): every field but its own hash. */
    public static String canonical(LedgerEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("owner", string(e.ownerOrganisationId()));
        json.put("sequence", e.sequence());
        json.put("recordedAt", DateTimeFormatter.ISO_INSTANT.format(e.recordedAt()));
        json.put("kind", e.kind());
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("person", string(e.actorPersonId()));
        actor.put("name", e.actorName());
        actor.put("organisation", string(e.actorOrganisationId()));
        json.put("actor", actor);
        json.put("action", e.action());
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("type", e.targetType());
        target.put("id", string(e.targetId()));
        target.put("label", e.targetLabel());
        json.put("target", target);
        json.put("outcome", e.outcome());
        json.put("reasons", e.reasons());
        json.put("agreement", string(e.agreementId()));
        json.put("previousHash", e.previousHash());
        return CanonicalJson.of(json);
    }

    public static String hash(LedgerEntry e) {
        return HexFormat.of().formatHex(MerkleTree.sha256().digest(canonical(e).getBytes(StandardCharsets.UTF_8)));
    }

    public static LedgerEntry map(ResultSet rs, int row) throws SQLException {
        Array reasons = rs.getArray("reasons");
        return new LedgerEntry(rs.getObject("owner_organisation_id", UUID.class), rs.getLong("sequence"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("kind"), rs.getObject("actor_person_id", UUID.class),
                rs.getString("actor_name"), rs.getObject("actor_organisation_id", UUID.class), rs.getString("action"),
                rs.getString("target_type"), rs.getObject("target_id", UUID.class), rs.getString("target_label"),
                rs.getString("outcome"), reasons == null ? List.of() : List.of((String[]) reasons.getArray()),
                rs.getObject("agreement_id", UUID.class), rs.getString("previous_hash"), rs.getString("hash"));
    }

    static Timestamp timestamp(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String string(UUID id) {
        return id == null ? null : id.toString();
    }
}
