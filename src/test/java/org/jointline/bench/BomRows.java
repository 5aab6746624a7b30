package org.jointline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointline.platform.Ids;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Set-based generation of engineering rows for benchmarks: one statement per call, never a statement per row.
 * Released items and revisions, and BOM lines that fill each revision with consecutive components.
 */
final class BomRows {

    private final JdbcClient jdbc;

    BomRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<UUID> items(UUID owner, String prefix, int count, String kind) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(Ids.next());
        }
        jdbc.sql("""
                INSERT INTO engineering.item (id, owner_organisation_id, number, name, kind, unit, tracking, status, created_at)
                SELECT id, :owner, :prefix || '-' || ord, :prefix || ' ' || ord, :kind, 'EA', 'NONE', 'RELEASED', now()
                FROM unnest(CAST(:ids AS UUID[])) WITH ORDINALITY AS t(id, ord)""")
                .param("owner", owner).param("prefix", prefix).param("kind", kind)
                .param("ids", ids.toArray(UUID[]::new)).update();
        return ids;
    }

    List<UUID> revisions(List<UUID> assemblies) {
        List<UUID> ids = assemblies.stream().map(a -> Ids.next()).toList();
        jdbc.sql("""
                INSERT INTO engineering.bom_revision (id, item_id, label, status, effective_from, created_at, released_at)
                SELECT r, i, 'A', 'RELEASED', DATE '2026-01-01', now(), now()
                FROM unnest(CAST(:ids AS UUID[]), CAST(:items AS UUID[])) AS t(r, i)""")
                .param("ids", ids.toArray(UUID[]::new)).param("items", assemblies.toArray(UUID[]::new)).update();
        return ids;
    }

    /** {@code perRevision} consecutive components go into each revision, in order. */
    void lines(List<UUID> revisions, List<UUID> components, int perRevision, int quantity) {
        int n = revisions.size() * perRevision;
        UUID[] ids = new UUID[n];
        UUID[] owners = new UUID[n];
        UUID[] comps = new UUID[n];
        Integer[] positions = new Integer[n];
        for (int i = 0; i < n; i++) {
            ids[i] = Ids.next();
            owners[i] = revisions.get(i / perRevision);
            comps[i] = components.get(i % components.size());
            positions[i] = (i % perRevision + 1) * 10;
        }
        jdbc.sql("""
                INSERT INTO engineering.bom_line (id, revision_id, position, component_item_id, quantity)
                SELECT id, r, p, c, :q FROM unnest(CAST(:ids AS UUID[]), CAST(:revs AS UUID[]), CAST(:pos AS INT[]),
                                                   CAST(:comps AS UUID[])) AS t(id, r, p, c)""")
                .param("ids", ids).param("revs", owners).param("pos", positions).param("comps", comps)
                .param("q", quantity).update();
    }
}
