package org.jointline.compliance.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointline.compliance.ControlEntry;
import org.jointline.compliance.ControlListImport;
import org.jointline.compliance.Regime;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Control-list entries (a tree by code) and the history of list imports. */
@Repository
public class ControlEntryRows {

    private static final String SELECT = """
            SELECT e.*, EXISTS (SELECT 1 FROM compliance.control_entry c WHERE c.regime = e.regime
                   AND c.parent_code = e.code AND NOT c.withdrawn) AS has_children
              FROM compliance.control_entry e
            """;

    /** An entry as read from a list file. */
    public record Incoming(String code, String parentCode, String label, String content, int depth) {
    }

    private final JdbcClient jdbc;

    ControlEntryRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(Regime regime, String code) {
        return jdbc.sql("SELECT count(*) FROM compliance.control_entry WHERE regime = :r AND code = :c AND NOT withdrawn")
                .param("r", regime.name()).param("c", code).query(Long.class).single() > 0;
    }

    /** Whether any entry of the regime is known (the dual-use list is imported, not shipped). */
    public boolean any(Regime regime) {
        return jdbc.sql("SELECT count(*) FROM compliance.control_entry WHERE regime = :r AND NOT withdrawn")
                .param("r", regime.name()).query(Long.class).single() > 0;
    }

    /** Whether the code or an entry above it (9A012 for 9A012.a.1) is on the list. */
    public boolean existsWithin(Regime regime, String code) {
        List<String> prefixes = new ArrayList<>();
        String c = code;
        for (int dot = c.lastIndexOf('.'); dot > 0; dot = c.lastIndexOf('.')) {
            c = c.substring(0, dot);
            prefixes.add(c);
        }
        return !prefixes.isEmpty() && jdbc.sql("SELECT count(*) FROM compliance.control_entry WHERE regime = :r"
                        + " AND code = ANY(:codes) AND NOT withdrawn")
                .param("r", regime.name()).param("codes", prefixes.toArray(String[]::new)).query(Long.class).single() > 0;
    }

    public Optional<ControlEntry> entry(Regime regime, String code) {
        return jdbc.sql(SELECT + " WHERE e.regime = :r AND e.code = :c").param("r", regime.name()).param("c", code)
                .query(ControlEntryRows::map).optional();
    }

    public List<ControlEntry> children(Regime regime, String parent) {
        return jdbc.sql(SELECT + " WHERE e.regime = :r AND NOT e.withdrawn AND "
                        + "(CAST(:p AS TEXT) IS NULL AND e.parent_code IS NULL OR e.parent_code = :p) ORDER BY e.code")
                .param("r", regime.name()).param("p", parent).query(ControlEntryRows::map).list();
    }

    public PageResult<ControlEntry> page(Regime regime, PageQuery query) {
        String where = " WHERE (CAST(:r AS TEXT) IS NULL OR e.regime = :r) AND NOT e.withdrawn"
                + " AND (lower(e.code) LIKE :q OR lower(e.label) LIKE :q)";
        String r = regime == null ? null : regime.name();
        List<ControlEntry> rows = jdbc.sql(SELECT + where + " ORDER BY e.regime, e.code LIMIT :limit OFFSET :offset")
                .param("r", r).param("q", query.likePattern()).param("limit", query.size())
                .param("offset", query.offset()).query(ControlEntryRows::map).list();
        long total = jdbc.sql("SELECT count(*) FROM compliance.control_entry e" + where).param("r", r)
                .param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    /** The current entries of a regime, by code, as they would come from a file. */
    public Map<String, Incoming> current(Regime regime) {
        Map<String, Incoming> found = new HashMap<>();
        jdbc.sql("SELECT * FROM compliance.control_entry WHERE regime = :r AND NOT withdrawn").param("r", regime.name())
                .query((rs, n) -> found.put(rs.getString("code"), new Incoming(rs.getString("code"),
                        rs.getString("parent_code"), rs.getString("label"), rs.getString("content"), rs.getInt("depth"))))
                .list();
        return found;
    }

    public void upsert(Regime regime, List<Incoming> entries, String version) {
        jdbc.sql("""
                INSERT INTO compliance.control_entry (regime, code, parent_code, label, content, depth, withdrawn,
                       list_version, updated_at)
                SELECT :r, e.code, e.parent, e.label, e.content, e.depth, false, :version, now()
                  FROM unnest(CAST(:codes AS TEXT[]), CAST(:parents AS TEXT[]), CAST(:labels AS TEXT[]),
                              CAST(:contents AS TEXT[]), CAST(:depths AS INT[])) AS e(code, parent, label, content, depth)
                ON CONFLICT (regime, code) DO UPDATE SET parent_code = excluded.parent_code, label = excluded.label,
                       content = excluded.content, depth = excluded.depth, withdrawn = false,
                       list_version = excluded.list_version, updated_at = now()
                """).param("r", regime.name()).param("version", version)
                .param("codes", entries.stream().map(Incoming::code).toArray(String[]::new))
                .param("parents", entries.stream().map(Incoming::parentCode).toArray(String[]::new))
                .param("labels", entries.stream().map(Incoming::label).toArray(String[]::new))
                .param("contents", entries.stream().map(Incoming::content).toArray(String[]::new))
                .param("depths", entries.stream().map(Incoming::depth).toArray(Integer[]::new)).update();
    }

    public void withdraw(Regime regime, List<String> codes) {
        jdbc.sql("UPDATE compliance.control_entry SET withdrawn = true, updated_at = now() WHERE regime = :r AND code = ANY(:codes)")
                .param("r", regime.name()).param("codes", codes.toArray(String[]::new)).update();
    }

    public void recordImport(ControlListImport i, UUID by) {
        jdbc.sql("""
                INSERT INTO compliance.control_list_import (id, regime, version, source_name, sha256, entries_total,
                       entries_added, entries_changed, entries_removed, imported_by, imported_by_name, imported_at)
                VALUES (:id, :regime, :version, :source, :sha, :total, :added, :changed, :removed, :by, :byName, :at)
                """).param("id", i.id()).param("regime", i.regime().name()).param("version", i.version())
                .param("source", i.sourceName()).param("sha", i.sha256()).param("total", i.total())
                .param("added", i.added()).param("changed", i.changed()).param("removed", i.removed()).param("by", by)
                .param("byName", i.importedBy()).param("at", Timestamp.from(i.importedAt())).update();
    }

    public PageResult<ControlListImport> imports(PageQuery query) {
        List<ControlListImport> rows = jdbc.sql("SELECT * FROM compliance.control_list_import"
                        + " ORDER BY imported_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", query.size()).param("offset", query.offset())
                .query((rs, n) -> new ControlListImport(rs.getObject("id", UUID.class), Regime.valueOf(rs.getString("regime")),
                        rs.getString("version"), rs.getString("source_name"), rs.getString("sha256"),
                        rs.getInt("entries_total"), rs.getInt("entries_added"), rs.getInt("entries_changed"),
                        rs.getInt("entries_removed"), rs.getString("imported_by_name"),
                        rs.getTimestamp("imported_at").toInstant())).list();
        long total = jdbc.sql("SELECT count(*) FROM compliance.control_list_import").query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    static Instant now() {
        return Instant.now();
    }

    private static ControlEntry map(ResultSet rs, int n) throws SQLException {
        return new ControlEntry(Regime.valueOf(rs.getString("regime")), rs.getString("code"), rs.getString("parent_code"),
                rs.getString("label"), rs.getString("content"), rs.getInt("depth"), rs.getBoolean("withdrawn"),
                rs.getString("list_version"), rs.getBoolean("has_children"));
    }
}
