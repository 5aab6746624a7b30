package org.jointline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jointline.screening.ListFile;
import org.jointline.screening.internal.lists.EntryKind;
import org.jointline.screening.internal.lists.ListEntry;
import org.jointline.screening.internal.lists.ListFormats;
import org.jointline.screening.internal.matching.ListIndex;
import org.jointline.screening.internal.matching.NameMatcher;
import org.jointline.screening.internal.matching.PartyType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Screening speed: the full OFAC SDN (entries, aliases, addresses) and UN lists read by the import's readers into
 * the in-memory index the application screens with, then 10,000 queries: half are listed names with a typo, a
 * swapped word order or a Cyrillic spelling, half are unlisted names recombined from listed words (the hard
 * negatives that share tokens with many entries). After one warm-up pass: all 10,000 sequentially on one thread,
 * then 2,000 single queries timed one by one for the percentiles.
 */
@Tag("bench")
class ScreeningBench {

    private static final Path DATA = Path.of("../shared/data/sanctions");
    private static final int QUERIES = 10_000;

    @Test
    void tenThousandQueriesAgainstOfacAndUn() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "skipped: ../shared/data/sanctions is absent");
        List<ListEntry> entries = new ArrayList<>();
        entries.addAll(ListFormats.read(List.of(file("ofac-sdn.csv"), file("ofac-alt.csv"), file("ofac-add.csv"))).entries());
        entries.addAll(ListFormats.read(List.of(file("un-consolidated.xml"))).entries());
        long buildStart = System.nanoTime();
        Map<ListIndex.Entry, List<String>> byEntry = new LinkedHashMap<>();
        for (ListEntry e : entries) {
            PartyType type = e.kind() == EntryKind.PERSON ? PartyType.PERSON : PartyType.ORGANISATION;
            byEntry.put(new ListIndex.Entry(UUID.randomUUID(), e.list(), e.reference(), type, e.name(), "", e.countries()), e.names());
        }
        ListIndex index = ListIndex.of(byEntry);
        double buildSeconds = (System.nanoTime() - buildStart) / 1e9;
        List<Query> queries = queries(entries, new Random(42));

        // a running server's steady state: one full pass to let the JIT compile the matcher
        for (Query q : queries) {
            index.search(q.name(), q.type(), NameMatcher.THRESHOLD, 5);
        }
        AtomicInteger found = new AtomicInteger();
        long start = System.nanoTime();
        for (Query q : queries) {
            if (!index.search(q.name(), q.type(), NameMatcher.THRESHOLD, 5).isEmpty()) {
                found.incrementAndGet();
            }
        }
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        double[] single = new double[2000];
        for (int i = 0; i < single.length; i++) {
            Query q = queries.get((i * 7) % queries.size());
            long t = System.nanoTime();
            index.search(q.name(), q.type(), NameMatcher.THRESHOLD, 5);
            single[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(single);
        String data = String.format("OFAC SDN + UN: %,d entries, %,d names in the index; %,d queries (half listed with "
                + "typos/order/Cyrillic, half unlisted recombinations)", index.entries(), index.names(), QUERIES);
        BenchResults.record("screening-index-build", "total", buildSeconds, "s", data, "prepare every name, trigram postings");
        BenchResults.recordBelow("screening-10k-queries", "total", totalSeconds, "s", 10, data,
                found.get() + " queries with a possible match at " + NameMatcher.THRESHOLD + "; one thread");
        BenchResults.record("screening-query", "p50", single[single.length / 2], "ms", data, "2,000 single queries");
        BenchResults.recordBelow("screening-query", "p99", single[(int) (single.length * 0.99)], "ms", 20, data,
                "2,000 single queries");
        assertThat(found.get()).isGreaterThan(QUERIES / 4);
    }

    record Query(String name, PartyType type) {
    }

    private static List<Query> queries(List<ListEntry> entries, Random random) {
        List<ListEntry> named = entries.stream().filter(e -> e.kind() == EntryKind.PERSON || e.kind() == EntryKind.ORGANISATION).toList();
        List<Query> queries = new ArrayList<>(QUERIES);
        while (queries.size() < QUERIES) {
            ListEntry e = named.get(random.nextInt(named.size()));
            PartyType type = e.kind() == EntryKind.PERSON ? PartyType.PERSON : PartyType.ORGANISATION;
            String name = e.names().get(random.nextInt(e.names().size()));
            if (queries.size() % 2 == 0) {
                queries.add(new Query(vary(name, random), type));
            } else {
                ListEntry other = named.get(random.nextInt(named.size()));
                String[] a = name.split("[ ,]+");
                String[] b = other.name().split("[ ,]+");
                queries.add(new Query(a[0] + " " + b[b.length - 1], type));
            }
        }
        return queries;
    }

    private static String vary(String name, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> {
                int at = random.nextInt(Math.max(1, name.length()));
                yield name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(Math.min(name.length(), at + 1));
            }
            case 1 -> {
                String[] words = name.split("[ ,]+");
                java.util.Collections.reverse(Arrays.asList(words));
                yield String.join(" ", words);
            }
            default -> com.ibm.icu.text.Transliterator.getInstance("Latin-Russian/BGN").transliterate(name.toLowerCase());
        };
    }

    private static ListFile file(String name) throws IOException {
        return new ListFile(name, Files.readAllBytes(DATA.resolve(name)));
    }
}
