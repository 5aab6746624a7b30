package org.jointline.sharing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.sharing.internal.Checkpoints;
import org.jointline.sharing.internal.Directory;
import org.jointline.sharing.internal.LedgerEntries;
import org.jointline.sharing.internal.LedgerReads;
import org.jointline.sharing.internal.MerkleTree;
import org.jointline.sharing.internal.SigningKeys;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access ledger as people read it: the owner's view (every access to its know-how, filterable, exportable
 * as CSV), verification of a whole chain, signed checkpoints with inclusion proofs, and the programmes' public
 * keys. An owner's ledger is read by its data stewards and administrators, and by auditors of any organisation;
 * checkpoints and keys by every member of a programme the owner belongs to.
 */
@Service
@Transactional(readOnly = true)
public class AccessLedger {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AccessLedger.class);

    private final LedgerReads reads;
    private final Checkpoints checkpoints;
    private final SigningKeys keys;
    private final Directory directory;

    AccessLedger(LedgerReads reads, Checkpoints checkpoints, SigningKeys keys, Directory directory) {
        this.reads = reads;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.directory = directory;
    }

    public PageResult<LedgerEntry> entries(Actor actor, LedgerQuery query, PageQuery page) {
        return reads.page(query.forOwner(readableOwner(actor, query.owner())), page);
    }

    /** The matching entries as CSV (RFC 4180, UTF-8), newest first. */
    public void export(Actor actor, LedgerQuery query, Writer out) {
        LedgerQuery q = query.forOwner(readableOwner(actor, query.owner()));
        try {
            out.write("sequence,recorded_at,kind,actor,actor_organisation,action,target_type,target,outcome,reasons,agreement,hash\r\n");
            reads.each(q, e -> {
                try {
                    out.write(String.join(",", Long.toString(e.sequence()), DateTimeFormatter.ISO_INSTANT.format(e.recordedAt()),
                            e.kind(), csv(e.actorName()), csv(e.actorOrganisationId() == null ? "" : directory.name(e.actorOrganisationId())),
                            e.action(), csv(e.targetType()), csv(e.targetLabel()), e.outcome(), csv(String.join("; ", e.reasons())),
                            e.agreementId() == null ? "" : e.agreementId().toString(), e.hash()));
                    out.write("\r\n");
                } catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whose ledger the actor reads when naming {@code requested} ({@code null}: its own organisation's). */
    public UUID readableOwner(Actor actor, UUID requested) {
        UUID owner = requested == null ? actor.organisationId() : requested;
        boolean own = actor.actsFor(owner);
        if (actor.isAdministrator() || actor.has(Role.AUDITOR) || (own && actor.has(Role.DATA_STEWARD))) {
            return owner;
        }
        if (!own) {
            throw new NotFound("organisation", owner);
        }
        throw new Forbidden();
    }

    public boolean mayRead(Actor actor) {
        return actor.isAdministrator() || actor.has(Role.AUDITOR) || actor.has(Role.DATA_STEWARD);
    }

    /**
     * Recomputes every entry's hash from its columns and follows the chain from the first entry; then compares
     * the end with the chain's head and every signed checkpoint's root with the entries it covers.
     */
    public Verification verify(Actor actor, UUID requested) {
        return check(readableOwner(actor, requested));
    }

    private Verification check(UUID owner) {
        Walk walk = new Walk();
        reads.chain(owner, walk::next);
        BrokenEntry broken = walk.broken;
        long head = reads.headSequence(owner);
        if (broken == null && head > walk.last) {
            broken = new BrokenEntry(walk.last + 1, "missing-entries", Long.toString(head), Long.toString(walk.last), null);
        }
        int verified = 0;
        if (broken == null) {
            for (Checkpoint c : checkpoints.of(owner, 20)) {
                if (c.treeSize() > walk.last) {
                    broken = new BrokenEntry(walk.last + 1, "missing-entries", Long.toString(c.treeSize()), Long.toString(walk.last), null);
                    break;
                }
                String root = HexFormat.of().formatHex(MerkleTree.root(reads.hashes(owner, c.treeSize())));
                if (!root.equals(c.rootHash()) || !signatureHolds(c)) {
                    broken = new BrokenEntry(c.treeSize(), "checkpoint-mismatch", c.rootHash(), root, c.issuedAt());
                    break;
                }
                verified++;
            }
        }
        return new Verification(owner, broken == null, walk.count, broken, verified, Instant.now());
    }

    /** Follows the chain entry by entry and keeps the first break. */
    private static final class Walk {
        long count;
        long last;
        String previous = LedgerEntries.GENESIS;
        BrokenEntry broken;

        void next(LedgerEntry e) {
            count++;
            if (broken == null) {
                String computed = LedgerEntries.hash(e);
                if (e.sequence() != last + 1) {
                    broken = new BrokenEntry(last + 1, "sequence-gap", Long.toString(last + 1), Long.toString(e.sequence()), e.recordedAt());
                } else if (!computed.equals(e.hash())) {
                    broken = new BrokenEntry(e.sequence(), "hash-mismatch", computed, e.hash(), e.recordedAt());
                } else if (!previous.equals(e.previousHash())) {
                    broken = new BrokenEntry(e.sequence(), "previous-hash-mismatch", previous, e.previousHash(), e.recordedAt());
                }
            }
            previous = e.hash();
            last = e.sequence();
        }
    }

    public List<Checkpoint> checkpoints(Actor actor, UUID requested) {
        UUID owner = partnerOwner(actor, requested);
        return checkpoints.of(owner, 50);
    }

    public Checkpoint checkpoint(Actor actor, UUID id) {
        Checkpoint c = checkpoints.find(id).orElseThrow(() -> new NotFound("checkpoint", id));
        partnerOwner(actor, c.organisationId());
        return c;
    }

    /** Issues a checkpoint now over the owner's entries (data stewards, administrators, auditors). */
    @Transactional
    public Optional<Checkpoint> issue(Actor actor, UUID requested) {
        return issueIfIntact(readableOwner(actor, requested));
    }

    /** Never signs a broken chain: a checkpoint vouches for what verification found intact. */
    private Optional<Checkpoint> issueIfIntact(UUID owner) {
        Verification verification = check(owner);
        if (!verification.intact()) {
            LOG.error("No checkpoint for the access ledger of {}: the chain is broken at {}", owner, verification.firstBrokenEntry());
            return Optional.empty();
        }
        return checkpoints.issue(owner);
    }

    /** Every few minutes, a checkpoint for each owner whose ledger has grown. */
    @Scheduled(fixedDelayString = "${jointline.sharing.checkpoint-interval:PT10M}", initialDelayString = "PT1M")
    @Transactional
    public void issueDue() {
        reads.ownersWithoutCheckpoint().forEach(this::issueIfIntact);
    }

    /**
     * The inclusion proof of entry {@code sequence} in the checkpoint, for the owner's readers and for the
     * organisation whose access the entry records.
     */
    public InclusionProof proof(Actor actor, UUID checkpointId, long sequence) {
        Checkpoint c = checkpoint(actor, checkpointId);
        LedgerEntry entry = reads.entry(c.organisationId(), sequence).orElseThrow(() -> new NotFound("entry", sequence));
        boolean ownEntry = entry.actorOrganisationId() != null && actor.actsFor(entry.actorOrganisationId());
        if (!ownEntry) {
            readableOwner(actor, c.organisationId());
        }
        if (sequence < 1 || sequence > c.treeSize()) {
            throw new NotFound("entry", sequence);
        }
        List<byte[]> hashes = reads.hashes(c.organisationId(), c.treeSize());
        HexFormat hex = HexFormat.of();
        List<String> path = MerkleTree.inclusionProof(hashes, (int) (sequence - 1)).stream().map(hex::formatHex).toList();
        return new InclusionProof(sequence, sequence - 1, c.treeSize(), entry.hash(), path, c.rootHash(), c);
    }

    /** The programme's public checkpoint key, PEM (SubjectPublicKeyInfo). */
    public String publicKey(Actor actor, String keyId) {
        return SigningKeys.pem(keys.byKeyId(keyId).orElseThrow(() -> new NotFound("key", keyId)));
    }

    public boolean signatureHolds(Checkpoint c) {
        Optional<PublicKey> key = keys.byKeyId(c.keyId());
        return key.isPresent() && SigningKeys.verify(key.get(), c.statement().getBytes(StandardCharsets.UTF_8),
                Base64.getDecoder().decode(c.signature()));
    }

    /** The owner, when the actor reads its ledger or shares a programme with it. */
    private UUID partnerOwner(Actor actor, UUID requested) {
        UUID owner = requested == null ? actor.organisationId() : requested;
        if (actor.isAdministrator() || actor.has(Role.AUDITOR) || actor.actsFor(owner)) {
            return owner;
        }
        Directory.Party mine = directory.party(actor.organisationId());
        Directory.Party theirs = directory.party(owner);
        if (mine != null && theirs != null && mine.programmes().stream().anyMatch(theirs.programmes()::contains)) {
            return owner;
        }
        throw new NotFound("organisation", owner);
    }

    private static String csv(String value) {
        String v = Objects.toString(value, "");
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v; // no formula injection when opened in a spreadsheet
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
