package org.jointline.sharing.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.sharing.LedgerEntry;
import org.jointline.sharing.LedgerQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reading the ledger: filtered pages, streams in chain order, the hashes a Merkle tree is built over. */
@Repository
public class LedgerReads {

    private static final String FILTER = " " + """
            WHERE e.owner_organisation_id = :owner
               AND (CAST(:actorOrg AS UUID) IS NULL OR e.actor_organisation_id = :actorOrg)
               AND (CAST(:action AS TEXT) IS NULL OR e.action = :action)
               AND (CAST(:outcome AS TEXT) IS NULL OR e.outcome = :outcome)
               AND (CAST(:from AS DATE) IS NULL OR e.recorded_at >= CAST(:from AS DATE))
               AND (CAST(:to AS DATE) IS NULL OR e.recorded_at < CAST(:to AS DATE) + 1)
               AND (lower(coalesce(e.actor_name, '')) LIKE :q OR lower(coalesce(e.target_label, '')) LIKE :q)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerReads(JdbcClient jdbc, javax.sql.DataSource dataSource) {
        this.jdbc = jdbc;
        this.template = new JdbcTemplate(dataSource);
        this.template.setFetchSize(2000);
    }

    public PageResult<LedgerEntry> page(LedgerQuery q, PageQuery page) {
        List<LedgerEntry> entries = bind(jdbc.sql("SELECT " + LedgerEntries.COLUMNS + " FROM sharing.ledger_entry e" + FILTER
                + " ORDER BY e.sequence DESC LIMIT :limit OFFSET :offset"), q, page)
                .param("limit", page.size()).param("offset", page.offset()).query(LedgerEntries::map).list();
        long total = bind(jdbc.sql("SELECT count(*) FROM sharing.ledger_entry e" + FILTER), q, page).query(Long.class).single();
        return PageResult.of(entries, page, total);
    }

    /** Every matching entry, newest first, one at a time (for the CSV export). */
    public void each(LedgerQuery q, Consumer<LedgerEntry> consumer) {
        PageQuery all = new PageQuery(0, 1, q.search());
        bind(jdbc.sql("SELECT " + LedgerEntries.COLUMNS + " FROM sharing.ledger_entry e" + FILTER + " ORDER BY e.sequence DESC"), q, all)
                .query(rs -> {
                    consumer.accept(LedgerEntries.map(rs, 0));
                }
        );
    }

    /** Every entry of the owner in chain order, read with a cursor (call inside a transaction). */
    public void chain(UUID owner, Consumer<LedgerEntry> consumer) {
        template.query("SELECT " + LedgerEntries.COLUMNS + " FROM sharing.ledger_entry WHERE owner_organisation_id = ? ORDER BY sequence",
                rs -> {
                    consumer.accept(LedgerEntries.map(rs, 0));
                }, owner);
    }

    /** The hashes of entries 1..treeSize, as bytes, in order. */
    public List<byte[]> hashes(UUID owner, long treeSize) {
        List<byte[]> hashes = new ArrayList<>();
        HexFormat hex = HexFormat.of();
        template.query("SELECT hash FROM sharing.ledger_entry WHERE owner_organisation_id = ? AND sequence <= ? ORDER BY sequence",
                rs -> {
                    hashes.add(hex.parseHex(rs.getString(1)));
                }, owner, treeSize);
        return hashes;
    }

    public Optional<LedgerEntry> entry(UUID owner, long sequence) {
        return jdbc.sql("SELECT " + LedgerEntries.COLUMNS + " FROM sharing.ledger_entry WHERE owner_organisation_id = :owner AND sequence = :sequence")
                .param("owner", owner).param("sequence", sequence).query(LedgerEntries::map).optional();
    }

    /** The head's sequence, 0 when nothing was recorded. */
    public long headSequence(UUID owner) {
        return jdbc.sql("SELECT sequence FROM sharing.ledger_head WHERE owner_organisation_id = :owner")
                .param("owner", owner).query(Long.class).optional().orElse(0L);
    }

    /** Owners whose chain has grown since their last checkpoint. */
    public List<UUID> ownersWithoutCheckpoint() {
        return jdbc.sql("""
                SELECT h.owner_organisation_id FROM sharing.ledger_head h
                WHERE h.sequence > coalesce((SELECT max(c.tree_size) FROM sharing.checkpoint c
                                             WHERE c.owner_organisation_id = h.owner_organisation_id), 0)""")
                .query(UUID.class).list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, LedgerQuery q, PageQuery page) {
        return statement.param("owner", q.owner()).param("actorOrg", q.actorOrganisation()).param("action", q.action())
                .param("outcome", q.outcome()).param("from", date(q.from())).param("to", date(q.to()))
                .param("q", page.likePattern());
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
