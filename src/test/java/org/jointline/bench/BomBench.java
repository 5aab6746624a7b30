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
        BomRows rows = new BomRows(jdbc);
        String tag = "B" + Long.toString(System.nanoTime(), 36).toUpperCase();
        List<UUID> parts = rows.items(owner, tag + "-P", 500, "PART");
        UUID screw = parts.getFirst();
        List<UUID> boards = rows.items(owner, tag + "-BRD", 2_000, "ASSEMBLY");
        List<UUID> subs = rows.items(owner, tag + "-SUB", 200, "ASSEMBLY");
        List<UUID> modules = rows.items(owner, tag + "-MOD", 20, "ASSEMBLY");
        UUID root = rows.items(owner, tag + "-DRONE", 1, "END_ITEM").getFirst();
        List<UUID> rootRevision = rows.revisions(List.of(root));
        rows.lines(rootRevision, modules, 20, 1);
        rows.lines(rows.revisions(modules), subs, 10, 1);
        rows.lines(rows.revisions(subs), boards, 10, 1);
        List<UUID> boardRevisions = rows.revisions(boards);
        List<UUID> boardParts = new ArrayList<>();
        for (int b = 0; b < boards.size(); b++) {
            boardParts.add(screw);
            for (int p = 1; p < 9; p++) {
                boardParts.add(parts.get(1 + (b * 8 + p) % 499));
            }
        }
        rows.lines(boardRevisions, boardParts, 9, 4);
        jdbc.sql("ANALYZE engineering.item").update();
        jdbc.sql("ANALYZE engineering.bom_revision").update();
        jdbc.sql("ANALYZE engineering.bom_line").update();
        return new Structure(new ItemId(root), new ItemId(screw));
    }

}
