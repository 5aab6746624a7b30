package org.jointline.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointline.platform.Ids;
import org.jointline.sharing.Checkpoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signed Merkle tree heads over an owner's ledger. */
@Repository
public class Checkpoints {

    private final JdbcClient jdbc;
    private final LedgerReads reads;
    private final SigningKeys keys;
    private final Directory directory;

    Checkpoints(JdbcClient jdbc, LedgerReads reads, SigningKeys keys, Directory directory) {
        this.jdbc = jdbc;
        this.reads = reads;
        this.keys = keys;
        this.directory = directory;
    }

    /**
     * A checkpoint over every entry recorded so far, signed with the key of the owner's programme (the first by
     * code, when it belongs to several); empty when nothing new was recorded or the owner is in no programme.
     */
    public Optional<Checkpoint> issue(UUID owner) {
        long size = reads.headSequence(owner);
        Optional<Checkpoint> latest = latest(owner);
        if (size == 0 || latest.map(c -> c.treeSize() >= size).orElse(false)) {
            return Optional.empty();
        }
        Directory.Party party = directory.party(owner);
        Optional<UUID> programme = party == null ? Optional.empty() : party.programmes().stream()
                .map(directory::programme).filter(java.util.Objects::nonNull)
                .min(Comparator.comparing(Directory.ProgrammeMembers::code)).map(Directory.ProgrammeMembers::id);
        if (programme.isEmpty()) {
            return Optional.empty();
        }
        List<byte[]> hashes = reads.hashes(owner, size);
        String root = HexFormat.of().formatHex(MerkleTree.root(hashes));
        SigningKeys.Key key = keys.of(programme.get());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> statement = new LinkedHashMap<>();
        statement.put("type", "jointline-ledger-checkpoint");
        statement.put("owner", owner.toString());
        statement.put("programme", programme.get().toString());
        statement.put("treeSize", hashes.size());
        statement.put("rootHash", root);
        statement.put("lastEntryHash", HexFormat.of().formatHex(hashes.getLast()));
        statement.put("issuedAt", DateTimeFormatter.ISO_INSTANT.format(now));
        statement.put("keyId", key.keyId());
        String text = CanonicalJson.of(statement);
        byte[] signature = SigningKeys.sign(key.privateKey(), text.getBytes(StandardCharsets.UTF_8));
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO sharing.checkpoint (id, owner_organisation_id, programme_id, tree_size, root_hash, statement,
                                                signature, key_id, issued_at)
                VALUES (:id, :owner, :programme, :size, :root, :statement, :signature, :key, :at)""")
                .param("id", id).param("owner", owner).param("programme", programme.get()).param("size", (long) hashes.size())
                .param("root", root).param("statement", text).param("signature", signature).param("key", key.keyId())
                .param("at", Timestamp.from(now)).update();
        return find(id);
    }

    public Optional<Checkpoint> find(UUID id) {
        return jdbc.sql("SELECT * FROM sharing.checkpoint WHERE id = :id").param("id", id).query(Checkpoints::map).optional();
    }

    public Optional<Checkpoint> latest(UUID owner) {
        return jdbc.sql("SELECT * FROM sharing.checkpoint WHERE owner_organisation_id = :owner ORDER BY tree_size DESC LIMIT 1")
                .param("owner", owner).query(Checkpoints::map).optional();
    }

    public List<Checkpoint> of(UUID owner, int limit) {
        return jdbc.sql("SELECT * FROM sharing.checkpoint WHERE owner_organisation_id = :owner ORDER BY tree_size DESC LIMIT :limit")
                .param("owner", owner).param("limit", limit).query(Checkpoints::map).list();
    }

    private static Checkpoint map(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(rs.getObject("id", UUID.class), rs.getObject("owner_organisation_id", UUID.class),
                rs.getObject("programme_id", UUID.class), rs.getLong("tree_size"), rs.getString("root_hash"),
                rs.getString("statement"), Base64.getEncoder().encodeToString(rs.getBytes("signature")),
                rs.getString("key_id"), rs.getTimestamp("issued_at").toInstant());
    }
}
