package org.jointline.screening;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jointline.screening.internal.matching.NameMatcher;
import org.jointline.screening.internal.matching.PartyType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matcher's quality harness over OpenSanctions' labelled name pairs, at the threshold the product ships with.
 * The matcher's weights were tuned on the odd rows only; the even rows are the held-out check. The report (per
 * case group, tuning and held-out halves) goes to target/screening-quality.txt.
 */
class NameMatcherQualityTests {

    record Counts(int tp, int fp, int tn, int fn) {
        Counts add(boolean predicted, boolean gold) {
            return new Counts(tp + (predicted && gold ? 1 : 0), fp + (predicted && !gold ? 1 : 0),
                    tn + (!predicted && !gold ? 1 : 0), fn + (!predicted && gold ? 1 : 0));
        }

        double precision() {
            return tp / (double) Math.max(1, tp + fp);
        }

        double recall() {
            return tp / (double) Math.max(1, tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line(String group) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.3f | %.3f | %.3f |", group,
                    tp + fp + tn + fn, tp, fp, tn, fn, precision(), recall(), f1());
        }
    }

    @Test
    void benchmarkF1AtTheShippedThresholdIsAtLeast085() throws IOException {
        Path cases = SanctionsData.require("name-bench-cases.csv");
        Map<String, Counts> groups = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(cases)) {
            int row = 0;
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                row++;
                PartyType type = r.get("schema").equals("Person") ? PartyType.PERSON : PartyType.ORGANISATION;
                var score = NameMatcher.compare(r.get("name1"), r.get("name2"), type);
                boolean gold = Boolean.parseBoolean(r.get("is_match"));
                for (String group : List.of(r.get("case_group"), "all", row % 2 == 1 ? "tuning half (odd rows)" : "held-out half (even rows)")) {
                    groups.merge(group, new Counts(0, 0, 0, 0).add(score.match(), gold),
                            (a, b) -> new Counts(a.tp + b.tp, a.fp + b.fp, a.tn + b.tn, a.fn + b.fn));
                }
                if (score.match() != gold) {
                    misses.add(String.format(Locale.ROOT, "%s %.3f %s | %s | %s", gold ? "FN" : "FP", score.score(),
                            r.get("name1"), r.get("name2"), score.explanation()));
                }
            }
        }
        List<String> report = new ArrayList<>();
        report.add("| group | pairs | TP | FP | TN | FN | precision | recall | F1 |");
        report.add("|---|---|---|---|---|---|---|---|---|");
        groups.forEach((group, counts) -> report.add(counts.line(group)));
        report.add("");
        report.addAll(misses);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/screening-quality.txt"), report);

        assertThat(groups.get("all").f1()).as(String.join("\n", report.subList(0, groups.size() + 2))).isGreaterThanOrEqualTo(0.85);
        assertThat(groups.get("held-out half (even rows)").f1()).isGreaterThanOrEqualTo(0.84);
    }

    @Test
    void everyCyrillicCrossScriptPairScoresAboveItsMinimum() throws IOException {
        Path pairs = SanctionsData.require("cross-script-pairs.csv");
        int checked = 0;
        for (String line : Files.readAllLines(pairs)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split(",");
            if (f[0].codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)) {
                continue;
            }
            var score = NameMatcher.compare(f[0], f[1], PartyType.PERSON);
            assertThat(score.score()).as(f[0] + " / " + f[1] + ": " + score.explanation())
                    .isGreaterThanOrEqualTo(Double.parseDouble(f[2]));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }
}
