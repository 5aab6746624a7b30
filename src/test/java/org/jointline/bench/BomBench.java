package org.jointline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.Explosion;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.WhereUsedRow;
import org.jointline.platform.Actor;
import org.jointline.platform.Ids;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BOM explosion and where-used on a generated five-level end item: 20 modules × 10 sub-assemblies ×
 * 10 boards × 9 parts = 20,220 BOM lines below the root, parts drawn from a pool of 500, one screw in
 * every board. Measured through the service (visibility included), on the embedded database.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class BomBench {

    private static final int RUNS = 30;

    @Autowired BomManagement boms;
    @Autowired org.jointline.engineering.BomImportManagement imports;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void explosionAndWhereUsedOnTwentyThousandLines() {
        Actor engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        Structure structure = generate(engineer.organisationId());

        Explosion first = boms.explode(engineer, structure.root(), null, null, null);
        assertThat(first.rows()).hasSize(20_221);
        List<WhereUsedRow> users = boms.whereUsed(engineer, structure.screw());
        assertThat(users).hasSize(2_000 + 200 + 20 + 1);

        if (Boolean.getBoolean("bench.explain")) {
            explain(structure);
        }
        double[] explode = time(() -> boms.explode(engineer, structure.root(), null, null, null));
        double[] whereUsed = time(() -> boms.whereUsed(engineer, structure.screw()));
        String data = "generated end item: 2,221 assemblies, 20,220 lines, 5 levels, 500-part pool";
        BenchResults.record("bom-explosion", "p50", explode[0], "ms", data, RUNS + " runs after warm-up");
        BenchResults.recordBelow("bom-explosion", "p99", explode[1], "ms", 200, data, "20,221 rows returned");
        BenchResults.record("bom-where-used", "p50", whereUsed[0], "ms", data, "common screw in 2,000 boards");
        BenchResults.recordBelow("bom-where-used", "p99", whereUsed[1], "ms", 50, data, "2,221 rows returned");
    }

    @Test
    void importOfAFiveThousandLineBom() {
        Actor engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        String tag = "IMP" + Long.toString(System.nanoTime(), 36).toUpperCase();
        StringBuilder csv = new StringBuilder("Board " + tag + "\n\nDesignator;Quantity;Value;Description;Manufacturer;MPN;Package\n");
        for (int i = 1; i <= 5_000; i++) {
            csv.append("R").append(i).append(";1;").append(i % 97).append("k;Resistor 电阻 ").append(i)
                    .append(";Yageo;").append(tag).append("-RC0402-").append(i).append(";0402\n");
        }
        byte[] file = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long start = System.nanoTime();
        var preview = imports.preview(engineer, tag + ".csv", file, java.util.Map.of());
        double previewMs = (System.nanoTime() - start) / 1e6;
        var committed = imports.commit(engineer, preview.id(), new org.jointline.engineering.ImportCommit(null, tag, "Generated board"));
        double totalMs = (System.nanoTime() - start) / 1e6;
        assertThat(preview.lines()).hasSize(5_000);
        assertThat(boms.lines(engineer, committed.revisionId())).hasSize(5_000);
        String data = "generated semicolon CSV, 5,000 lines, 5,000 new parts with MPNs, title rows above the header";
        BenchResults.record("bom-import-5000", "preview", previewMs, "ms", data, "parse + MPN lookup + stored preview");
        BenchResults.recordBelow("bom-import-5000", "preview + commit", totalMs, "ms", 3000, data,
                "creates 5,000 parts, the assembly, its revision and 5,000 lines in one transaction");
    }

    private void explain(Structure structure) {
        String sql = org.jointline.engineering.internal.Explosions.SQL;
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + sql).param("root", structure.root().value()).param("rootRevision", (Object) null)
                .param("depth", 50).param("date", java.sql.Date.valueOf(java.time.LocalDate.now()))
                .query(String.class).list().forEach(System.out::println);
        jdbc.sql("EXPLAIN (ANALYZE, BUFFERS) " + org.jointline.engineering.internal.Boms.WHERE_USED).param("item", structure.screw().value())
                .param("max", 50).param("owners", (Object) null).param("shared", new UUID[0]).query(String.class).list().forEach(System.out::println);
    }

    private static double[] time(Runnable query) {
        for (int i = 0; i < 5; i++) {
            query.run();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[RUNS / 2], millis[(int) Math.ceil(RUNS * 0.99) - 1]};
    }

    private record Structure(ItemId root, ItemId screw) {
    }

    /** Set-based generation: one statement per table and level, not a statement per row. */
    private Structure generate(UUID owner) {
        String tag = "B" + Long.toString(System.nanoTime(), 36).toUpperCase();
        List<UUID> parts = items(owner, tag + "-P", 500, "PART");
        UUID screw = parts.getFirst();
        List<UUID> boards = items(owner, tag + "-BRD", 2_000, "ASSEMBLY");
        List<UUID> subs = items(owner, tag + "-SUB", 200, "ASSEMBLY");
        List<UUID> modules = items(owner, tag + "-MOD", 20, "ASSEMBLY");
        UUID root = items(owner, tag + "-DRONE", 1, "END_ITEM").getFirst();
        List<UUID> rootRevision = revisions(List.of(root));
        lines(rootRevision, modules, 20, 1);
        lines(revisions(modules), subs, 10, 1);
        lines(revisions(subs), boards, 10, 1);
        List<UUID> boardRevisions = revisions(boards);
        List<UUID> boardParts = new ArrayList<>();
        for (int b = 0; b < boards.size(); b++) {
            boardParts.add(screw);
            for (int p = 1; p < 9; p++) {
                boardParts.add(parts.get(1 + (b * 8 + p) % 499));
            }
        }
        lines(boardRevisions, boardParts, 9, 4);
        jdbc.sql("ANALYZE engineering.item").update();
        jdbc.sql("ANALYZE engineering.bom_revision").update();
        jdbc.sql("ANALYZE engineering.bom_line").update();
        return new Structure(new ItemId(root), new ItemId(screw));
    }

    private List<UUID> items(UUID owner, String prefix, int count, String kind) {
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

    private List<UUID> revisions(List<UUID> assemblies) {
        List<UUID> ids = assemblies.stream().map(a -> Ids.next()).toList();
        jdbc.sql("""
                INSERT INTO engineering.bom_revision (id, item_id, label, status, effective_from, created_at, released_at)
                SELECT r, i, 'A', 'RELEASED', DATE '2026-01-01', now(), now()
                FROM unnest(CAST(:ids AS UUID[]), CAST(:items AS UUID[])) AS t(r, i)""")
                .param("ids", ids.toArray(UUID[]::new)).param("items", assemblies.toArray(UUID[]::new)).update();
        return ids;
    }

    /** {@code perRevision} consecutive components go into each revision, in order. */
    private void lines(List<UUID> revisions, List<UUID> components, int perRevision, int quantity) {
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
