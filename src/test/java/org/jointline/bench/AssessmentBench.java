package org.jointline.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jointline.compliance.Assessment;
import org.jointline.compliance.AssessmentLine;
import org.jointline.compliance.AssessmentRequest;
import org.jointline.compliance.Authorisation;
import org.jointline.compliance.AuthorisationDetails;
import org.jointline.compliance.AuthorisationType;
import org.jointline.compliance.Authorisations;
import org.jointline.compliance.ClassificationDetails;
import org.jointline.compliance.Classifications;
import org.jointline.compliance.Regime;
import org.jointline.compliance.TransferAssessments;
import org.jointline.compliance.TransferKind;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Transfer assessments through the service: a five-line shipment of licensed dual-use and military items
 * (classification, embargo, rules, covering licence, drawdown and the record), one at a time and with eight
 * shipments at once drawing on the same licence.
 */
@Tag("bench")
@SpringBootTest
@ActiveProfiles("test")
class AssessmentBench {

    private static final int RUNS = 200;

    @Autowired TransferAssessments assessments;
    @Autowired Authorisations authorisations;
    @Autowired Classifications classifications;
    @Autowired ItemManagement items;
    @Autowired OrganisationManagement organisations;
    @Autowired FacilityManagement facilities;
    @Autowired Accounts accounts;

    @Test
    void fiveLineShipmentsAloneAndEightAtOnce() throws Exception {
        Actor engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        Actor officer = accounts.byUsername("compliance.ro").orElseThrow().actor();
        OrganisationId owner = new OrganisationId(officer.organisationId());
        OrganisationId mod = organisations.choices(officer).stream()
                .filter(o -> o.name().equals("Ministry of Defence of Ukraine")).findFirst().orElseThrow().id();
        FacilityId brasov = facilities.list(officer, new PageQuery(0, 5, "BRV-1"), null).items().getFirst().id();
        List<ItemId> goods = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ItemId item = items.create(engineer, new ItemDetails(owner, "BENCH-" + UUID.randomUUID().toString().substring(0, 8),
                    "Bench part " + i, null, ItemKind.PART, UnitOfMeasure.EA, Tracking.NONE, null, "RO", List.of(), null)).id();
            classifications.classify(officer, item, new ClassificationDetails(i % 2 == 0 ? Regime.EU_DUAL_USE : Regime.NOT_CONTROLLED,
                    i % 2 == 0 ? "9A012" : "NLR", "bench"));
            goods.add(item);
        }
        Authorisation licence = authorisations.register(officer, new AuthorisationDetails("BENCH-" + UUID.randomUUID(),
                AuthorisationType.INDIVIDUAL, "ANCEX", "RO", owner, List.of(), goods, List.of("UA"), List.of(mod), List.of(),
                new BigDecimal("100000000"), null, LocalDate.now().minusDays(1), LocalDate.now().plusYears(1), null, null, null));
        AssessmentRequest shipment = new AssessmentRequest(brasov, mod, null, TransferKind.GOODS, goods.stream()
                .map(g -> new AssessmentLine(g, null, BigDecimal.ONE, BigDecimal.TEN)).toList(), "BENCH");

        for (int i = 0; i < 20; i++) {
            assertThat(assessments.assess(engineer, shipment).cleared()).isTrue();
        }
        double[] alone = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            assessments.assess(engineer, shipment);
            alone[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(alone);
        String data = "5-line shipment RO → UA (3 × 9A012 under one individual licence, 2 × not controlled), demo data";
        BenchResults.record("assessment-single", "p50", alone[RUNS / 2], "ms", data, RUNS + " runs after 20 warm-up");
        BenchResults.record("assessment-single", "p99", alone[(int) (RUNS * 0.99)], "ms", data, "includes drawdown and the record");

        int total = 400;
        long start = System.nanoTime();
        List<Future<Assessment>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < total; i++) {
                done.add(pool.submit(() -> assessments.assess(engineer, shipment)));
            }
            for (Future<Assessment> f : done) {
                assertThat(f.get().cleared()).isTrue();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        BenchResults.record("assessment-concurrent", "throughput", total / seconds, "assessments/s", data,
                "8 threads, all drawing on the same licence row");
        Authorisation after = authorisations.get(officer, licence.id());
        assertThat(after.quantityUsed()).isEqualByComparingTo(BigDecimal.valueOf(3L * (20 + RUNS + total)));
    }
}
