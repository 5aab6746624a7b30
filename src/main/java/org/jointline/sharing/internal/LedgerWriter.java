package org.jointline.sharing.internal;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jointline.sharing.LedgerEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the ledger with group commit: callers queue their entry and wait; one writer takes everything
 * queued, and in ONE transaction of its own locks the heads of the owners concerned, chains and hashes the
 * entries, inserts them in one statement and moves the heads. So an entry is committed before the caller goes
 * on (a refusal is recorded even when the caller's own transaction then rolls back), many decisions share a
 * commit, and nodes writing to the same owner's chain wait on its head row, never break it.
 */
@Component
public class LedgerWriter {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerWriter.class);
    private static final int BATCH = 2000;
    private static final char SEPARATOR = 31;

    private record Pending(EntryDraft draft, CompletableFuture<LedgerEntry> done) {
    }

    private record Head(long sequence, String hash) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean stopped;

    LedgerWriter(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactions);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records the entry and returns it once committed. */
    public LedgerEntry append(EntryDraft draft) {
        try {
            return appendLater(draft).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording to the access ledger", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the access ledger did not record the entry", e);
        }
    }

    /** Queues the entry; the future completes when it is committed. */
    public CompletableFuture<LedgerEntry> appendLater(EntryDraft draft) {
        if (stopped) {
            throw new IllegalStateException("the access ledger is stopped");
        }
        Pending pending = new Pending(draft, new CompletableFuture<>());
        queue.add(pending);
        startIfNeeded();
        return pending.done();
    }

    private synchronized void startIfNeeded() {
        if (writer == null) {
            writer = Thread.ofPlatform().daemon().name("access-ledger-writer").start(this::run);
        }
    }

    @PreDestroy
    void stop() {
        stopped = true;
        Thread t = writer;
        if (t != null) {
            t.interrupt();
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(BATCH);
        while (!stopped) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                break;
            } catch (RuntimeException e) {
                LOG.error("The access ledger could not record {} entries", batch.size(), e);
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
        queue.forEach(p -> p.done().completeExceptionally(new IllegalStateException("the access ledger stopped")));
    }

    private void write(List<Pending> batch) {
        List<LedgerEntry> entries = transactions.execute(status -> chain(batch));
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).done().complete(entries.get(i));
        }
    }

    private List<LedgerEntry> chain(List<Pending> batch) {
        UUID[] owners = new TreeSet<>(batch.stream().map(p -> p.draft().owner()).toList()).toArray(UUID[]::new);
        jdbc.sql("INSERT INTO sharing.ledger_head (owner_organisation_id, sequence, hash) SELECT o, 0, :genesis FROM unnest(CAST(:owners AS UUID[])) AS o ON CONFLICT DO NOTHING")
                .param("owners", owners).param("genesis", LedgerEntries.GENESIS).update();
        Map<UUID, Head> heads = new HashMap<>();
        jdbc.sql("SELECT owner_organisation_id, sequence, hash FROM sharing.ledger_head WHERE owner_organisation_id = ANY(:owners) ORDER BY owner_organisation_id FOR UPDATE")
                .param("owners", owners)
                .query((rs, n) -> heads.put(rs.getObject(1, UUID.class), new Head(rs.getLong(2), rs.getString(3)))).list();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<LedgerEntry> entries = new ArrayList<>(batch.size());
        for (Pending p : batch) {
            EntryDraft d = p.draft();
            Head head = heads.get(d.owner());
            LedgerEntry unhashed = new LedgerEntry(d.owner(), head.sequence() + 1, now, d.kind(), d.actorPersonId(),
                    d.actorName(), d.actorOrganisationId(), d.action(), d.targetType(), d.targetId(), d.targetLabel(),
                    d.outcome(), d.reasons(), d.agreementId(), head.hash(), null);
            LedgerEntry entry = withHash(unhashed, LedgerEntries.hash(unhashed));
            heads.put(d.owner(), new Head(entry.sequence(), entry.hash()));
            entries.add(entry);
        }
        insert(entries);
        jdbc.sql("""
                UPDATE sharing.ledger_head h SET sequence = t.sequence, hash = t.hash
                FROM unnest(CAST(:owners AS UUID[]), CAST(:sequences AS BIGINT[]), CAST(:hashes AS TEXT[])) AS t(owner, sequence, hash)
                WHERE h.owner_organisation_id = t.owner""")
                .param("owners", heads.keySet().toArray(UUID[]::new))
                .param("sequences", heads.values().stream().map(Head::sequence).toArray(Long[]::new))
                .param("hashes", heads.values().stream().map(Head::hash).toArray(String[]::new)).update();
        return entries;
    }

    private void insert(List<LedgerEntry> entries) {
        jdbc.sql("""
                INSERT INTO sharing.ledger_entry (owner_organisation_id, sequence, recorded_at, kind, actor_person_id, actor_name,
                    actor_organisation_id, action, target_type, target_id, target_label, outcome, reasons, agreement_id,
                    previous_hash, hash)
                SELECT t.owner, t.sequence, :at, t.kind, t.person, t.name, t.organisation, t.action, t.target_type, t.target_id,
                       t.target_label, t.outcome, string_to_array(t.reasons, chr(31)), t.agreement, t.previous_hash, t.hash
                FROM unnest(CAST(:owners AS UUID[]), CAST(:sequences AS BIGINT[]), CAST(:kinds AS TEXT[]), CAST(:persons AS UUID[]),
                            CAST(:names AS TEXT[]), CAST(:organisations AS UUID[]), CAST(:actions AS TEXT[]),
                            CAST(:targetTypes AS TEXT[]), CAST(:targetIds AS UUID[]), CAST(:targetLabels AS TEXT[]),
                            CAST(:outcomes AS TEXT[]), CAST(:reasons AS TEXT[]), CAST(:agreements AS UUID[]),
                            CAST(:previous AS TEXT[]), CAST(:hashes AS TEXT[]))
                     AS t(owner, sequence, kind, person, name, organisation, action, target_type, target_id, target_label,
                          outcome, reasons, agreement, previous_hash, hash)""")
                .param("at", LedgerEntries.timestamp(entries.getFirst().recordedAt()))
                .param("owners", entries.stream().map(LedgerEntry::ownerOrganisationId).toArray(UUID[]::new))
                .param("sequences", entries.stream().map(LedgerEntry::sequence).toArray(Long[]::new))
                .param("kinds", entries.stream().map(LedgerEntry::kind).toArray(String[]::new))
                .param("persons", entries.stream().map(LedgerEntry::actorPersonId).toArray(UUID[]::new))
                .param("names", entries.stream().map(LedgerEntry::actorName).toArray(String[]::new))
                .param("organisations", entries.stream().map(LedgerEntry::actorOrganisationId).toArray(UUID[]::new))
                .param("actions", entries.stream().map(LedgerEntry::action).toArray(String[]::new))
                .param("targetTypes", entries.stream().map(LedgerEntry::targetType).toArray(String[]::new))
                .param("targetIds", entries.stream().map(LedgerEntry::targetId).toArray(UUID[]::new))
                .param("targetLabels", entries.stream().map(LedgerEntry::targetLabel).toArray(String[]::new))
                .param("outcomes", entries.stream().map(LedgerEntry::outcome).toArray(String[]::new))
                .param("reasons", entries.stream().map(e -> String.join(String.valueOf(SEPARATOR), e.reasons())).toArray(String[]::new))
                .param("agreements", entries.stream().map(LedgerEntry::agreementId).toArray(UUID[]::new))
                .param("previous", entries.stream().map(LedgerEntry::previousHash).toArray(String[]::new))
                .param("hashes", entries.stream().map(LedgerEntry::hash).toArray(String[]::new))
                .update();
    }

    private static LedgerEntry withHash(LedgerEntry e, String hash) {
        return new LedgerEntry(e.ownerOrganisationId(), e.sequence(), e.recordedAt(), e.kind(), e.actorPersonId(),
                e.actorName(), e.actorOrganisationId(), e.action(), e.targetType(), e.targetId(), e.targetLabel(),
                e.outcome(), e.reasons(), e.agreementId(), e.previousHash(), hash);
    }
}
