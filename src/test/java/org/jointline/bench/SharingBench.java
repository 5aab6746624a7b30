package org.jointline.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jointline.engineering.BomManagement;
import org.jointline.engineering.Explosion;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.KnowHowAction;
import org.jointline.engineering.KnowHowTarget;
import org.jointline.engineering.Reach;
import org.jointline.engineering.internal.Explosions;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Ids;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.sharing.internal.DecisionPoint;
import org.jointline.sharing.internal.EntryDraft;
import org.jointline.sharing.internal.LedgerWriter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sharing targets of issue 4: a policy decision at 10,000 agreements, hiding unshared lines in a
 * 20,000-line explosion, and ledger appends per second. Measured through the real beans on the embedded database.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class SharingBench {

    private static final int RUNS = 30;

    @Autowired DecisionPoint decisions;
    @Autowired LedgerWriter ledger;
    @Autowired BomManagement boms;
    @Autowired ItemManagement items;
    @Autowired ProgrammeManagement programmes;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void aDecisionAtTenThousandAgreements() {
        Actor partner = accounts.byUsername("engineer.ua").orElseThrow().actor();
        Actor steward = accounts.byUsername("steward.ro").orElseThrow().actor();
        UUID owner = steward.organisationId();
        UUID programme = programmes.list(steward, new PageQuery(0, 1, "RO-UA-JDP")).items().getFirst().id().value();
        UUID shared = Ids.next();
        agreements(owner, programme, partner.organisationId(), shared, 10_000);
        KnowHowTarget target = new KnowHowTarget(new OrganisationId(owner), new ItemId(shared), null, "BENCH");
        assertThat(decisions.evaluateOnly(partner, KnowHowAction.VIEW, target, null).permitted()).isTrue();

        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes(); // no request: nothing cached
        double[] evaluate = percentiles(2_000, () -> decisions.evaluateOnly(partner, KnowHowAction.VIEW, target, null));
        double[] recorded = percentiles(300, () -> decisions.decide(partner, KnowHowAction.VIEW, target, null));
        double[] reach = percentiles(200, () -> decisions.reach(partner));
        String data = "10,000 active agreements of one owner (10 targets each), 50 of them to the deciding organisation, 500 assignees";
        BenchResults.recordBelow("pdp-decision-10k", "p50", evaluate[0], "ms", 1, data, "decision only (includes the policy-version check, one query)");
        BenchResults.recordBelow("pdp-decision-10k", "p99", evaluate[1], "ms", 1, data, "decision only");
        BenchResults.record("pdp-decision-10k-recorded", "p50", recorded[0], "ms", data, "decision + its ledger entry committed (single caller)");
        BenchResults.record("pdp-reach-10k", "p50", reach[0], "ms", data, "everything one organisation may view (lists, explosions)");
    }

    @Test
    void hidingUnsharedLinesInATwentyThousandLineExplosion() {
        Actor owner = accounts.byUsername("engineer.ro").orElseThrow().actor();
        Actor partner = accounts.byUsername("engineer.ua").orElseThrow().actor();
        Actor steward = accounts.byUsername("steward.ro").orElseThrow().actor();
        UUID programme = programmes.list(steward, new PageQuery(0, 1, "RO-UA-JDP")).items().getFirst().id().value();
        Generated g = generate(owner.organisationId());
        List<UUID> sharedItems = new ArrayList<>(g.assemblies());
        sharedItems.addAll(g.parts().subList(0, g.parts().size() / 2));
        agreement(owner.organisationId(), programme, partner.organisationId(), sharedItems);

        Explosion asOwner = boms.explode(owner, g.root(), null, null, null);
        Explosion asPartner = boms.explode(partner, g.root(), null, null, null);
        assertThat(asOwner.rows()).hasSize(20_221);
        assertThat(asPartner.hiddenLines()).isPositive();

        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        double[][] paired = alternately(RUNS, () -> boms.explode(owner, g.root(), null, null, null),
                () -> boms.explode(partner, g.root(), null, null, null));
        double[] ownerTimes = paired[0];
        double[] partnerTimes = paired[1];
        Reach reach = decisions.reach(partner);
        List<Explosions.Row> rows = asOwner.rows().stream().map(r -> new Explosions.Row(r.level(),
                owner.organisationId(), r)).toList();
        double[] hideOnly = percentiles(RUNS, () -> Explosions.hide(rows, reach));
        String data = "generated end item: 20,220 lines, 5 levels; the partner is shared every assembly and half of the 500 parts ("
                + asPartner.hiddenLines() + " lines hidden)";
        BenchResults.record("explosion-as-owner", "p50", ownerTimes[0], "ms", data, "nothing hidden");
        BenchResults.record("explosion-as-partner", "p50", partnerTimes[0], "ms", data, "with hidden lines, root view decided and recorded");
        BenchResults.recordBelow("explosion-hiding-overhead", "p50", paired[2][0], "ms", 50, data,
                "median of (partner − owner) over runs taken alternately: reach + hiding + the recorded root decision");
        BenchResults.recordBelow("explosion-hide-pass", "p50", hideOnly[0], "ms", 50, data, "the hiding pass alone over 20,221 rows");
    }

    @Test
    void ledgerAppendsPerSecond() throws Exception {
        Actor actor = accounts.byUsername("engineer.ua").orElseThrow().actor();
        UUID[] owners = {Ids.next(), Ids.next(), Ids.next(), Ids.next()};
        int threads = 32;
        int perThread = 500;
        for (int i = 0; i < 200; i++) {
            ledger.append(draft(actor, owners[i % owners.length], i));
        }
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        ledger.append(draft(actor, owners[(thread + i) % owners.length], i));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double concurrent = threads * perThread / seconds;
        start = System.nanoTime();
        for (int i = 0; i < 500; i++) {
            ledger.append(draft(actor, owners[0], i));
        }
        double sequential = 500 / ((System.nanoTime() - start) / 1e9);
        String data = threads + " callers × " + perThread + " decisions, 4 owner chains, each caller waiting for its commit";
        BenchResults.record("ledger-appends", "concurrent", concurrent, "entries/s", data,
                "group commit (one transaction per batch); target: at least 2,000/s");
        BenchResults.record("ledger-appends", "one caller", sequential, "entries/s", "500 appends one after the other", "a commit each");
    }

    private static EntryDraft draft(Actor actor, UUID owner, int i) {
        return EntryDraft.by(actor, owner, "decision", "view", "item", UUID.randomUUID(), "BENCH-" + i,
                i % 5 == 0 ? "refused" : "granted", List.of(i % 5 == 0 ? "no-agreement" : "agreement-permits:SA-0001"), null);
    }

    private void agreements(UUID owner, UUID programme, UUID partner, UUID shared, int count) {
        UUID[] ids = new UUID[count];
        UUID[] assignees = new UUID[count];
        UUID[] pool = new UUID[500];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = Ids.next();
        }
        for (int i = 0; i < count; i++) {
            ids[i] = Ids.next();
            assignees[i] = i % 200 == 0 ? partner : pool[i % pool.length];
        }
        jdbc.sql("""
                INSERT INTO sharing.agreement (id, owner_organisation_id, programme_id, reference, title, assignee_organisation_id,
                                               policy, selection, status, created_at, created_by, created_by_name)
                SELECT id, :owner, :programme, 'BENCH-' || ord, 'Bench ' || ord, assignee,
                       '{"permission":[{"action":["view"],"constraint":[],"duty":[]}],"prohibition":[]}',
                       '{"documents":[],"items":[],"subtrees":[]}', 'ACTIVE', now(), :owner, 'bench'
                FROM unnest(CAST(:ids AS UUID[]), CAST(:assignees AS UUID[])) WITH ORDINALITY AS t(id, assignee, ord)""")
                .param("owner", owner).param("programme", programme).param("ids", ids).param("assignees", assignees).update();
        jdbc.sql("""
                INSERT INTO sharing.agreement_target (agreement_id, owner_organisation_id, item_id)
                SELECT a, :owner, CASE WHEN n = 1 AND assignee = :partner THEN :shared ELSE gen_random_uuid() END
                FROM unnest(CAST(:ids AS UUID[]), CAST(:assignees AS UUID[])) AS t(a, assignee), generate_series(1, 10) AS n""")
                .param("owner", owner).param("partner", partner).param("shared", shared).param("ids", ids)
                .param("assignees", assignees).update();
        jdbc.sql("UPDATE sharing.policy_version SET version = version + 1").update();
        decisions.changed();
    }

    private void agreement(UUID owner, UUID programme, UUID partner, List<UUID> targets) {
        UUID id = Ids.next();
        jdbc.sql("""
                INSERT INTO sharing.agreement (id, owner_organisation_id, programme_id, reference, title, assignee_organisation_id,
                                               policy, selection, status, created_at, created_by, created_by_name)
                VALUES (:id, :owner, :programme, 'BENCH-EXPLOSION', 'Bench explosion', :partner,
                        '{"permission":[{"action":["view"],"constraint":[],"duty":[]}],"prohibition":[]}',
                        '{"documents":[],"items":[],"subtrees":[]}', 'ACTIVE', now(), :owner, 'bench')""")
                .param("id", id).param("owner", owner).param("programme", programme).param("partner", partner).update();
        jdbc.sql("INSERT INTO sharing.agreement_target (agreement_id, owner_organisation_id, item_id) SELECT :id, :owner, t FROM unnest(CAST(:targets AS UUID[])) AS t")
                .param("id", id).param("owner", owner).param("targets", targets.toArray(UUID[]::new)).update();
        jdbc.sql("UPDATE sharing.policy_version SET version = version + 1").update();
        decisions.changed();
    }

    /** Runs a and b one after the other, runs times: their p50/p99 and the p50/p99 of b − a per pair. */
    private static double[][] alternately(int runs, Runnable a, Runnable b) {
        for (int i = 0; i < 5; i++) {
            a.run();
            b.run();
        }
        double[] ta = new double[runs];
        double[] tb = new double[runs];
        double[] diff = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            a.run();
            long middle = System.nanoTime();
            b.run();
            long end = System.nanoTime();
            ta[i] = (middle - start) / 1e6;
            tb[i] = (end - middle) / 1e6;
            diff[i] = tb[i] - ta[i];
        }
        return new double[][] {p(ta), p(tb), p(diff)};
    }

    private static double[] p(double[] millis) {
        Arrays.sort(millis);
        return new double[] {millis[millis.length / 2], millis[(int) Math.ceil(millis.length * 0.99) - 1]};
    }

    private static double[] percentiles(int runs, Runnable work) {
        for (int i = 0; i < Math.min(runs, 20); i++) {
            work.run();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new double[] {millis[runs / 2], millis[(int) Math.ceil(runs * 0.99) - 1]};
    }

    private record Generated(ItemId root, List<UUID> assemblies, List<UUID> parts) {
    }

    /** The BomBench structure: 20 modules × 10 sub-assemblies × 10 boards × 9 parts from a pool of 500. */
    private Generated generate(UUID owner) {
        BomRows rows = new BomRows(jdbc);
        String tag = "S" + Long.toString(System.nanoTime(), 36).toUpperCase();
        List<UUID> parts = rows.items(owner, tag + "-P", 500, "PART");
        List<UUID> boards = rows.items(owner, tag + "-BRD", 2_000, "ASSEMBLY");
        List<UUID> subs = rows.items(owner, tag + "-SUB", 200, "ASSEMBLY");
        List<UUID> modules = rows.items(owner, tag + "-MOD", 20, "ASSEMBLY");
        UUID root = rows.items(owner, tag + "-DRONE", 1, "END_ITEM").getFirst();
        rows.lines(rows.revisions(List.of(root)), modules, 20, 1);
        rows.lines(rows.revisions(modules), subs, 10, 1);
        rows.lines(rows.revisions(subs), boards, 10, 1);
        List<UUID> boardParts = new ArrayList<>();
        for (int b = 0; b < boards.size(); b++) {
            for (int p = 0; p < 9; p++) {
                boardParts.add(parts.get((b * 9 + p) % 500));
            }
        }
        rows.lines(rows.revisions(boards), boardParts, 9, 1);
        jdbc.sql("ANALYZE engineering.item").update();
        jdbc.sql("ANALYZE engineering.bom_line").update();
        List<UUID> assemblies = new ArrayList<>(boards);
        assemblies.addAll(subs);
        assemblies.addAll(modules);
        assemblies.add(root);
        return new Generated(new ItemId(root), assemblies, parts);
    }

}
