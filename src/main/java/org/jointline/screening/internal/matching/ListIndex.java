package org.jointline.screening.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every name of every live list entry, prepared for comparison once, and blocked by the character trigrams of
 * the phonetic skeletons of their words: a query is scored in full only against the names that share the most
 * trigrams with it, so a typo or a transliteration variant in any word still finds its candidates. Immutable;
 * rebuilt after each import and swapped in whole.
 */
public final class ListIndex {

    /** What the index knows of an entry. */
    public record Entry(UUID id, String list, String reference, PartyType type, String name, String contentHash,
                        List<String> countries) {
    }

    /** An entry's best-matching name and its score. */
    public record Candidate(Entry entry, String matchedName, NameScore score) {
    }

    private static final int CANDIDATES = 200;

    private final List<Entry> entries;
    private final int[] entryOfName;
    private final String[] names;
    private final NameForm[] forms;
    private final Map<String, int[]> postings;
    private final ThreadLocal<int[]> counts;

    private ListIndex(List<Entry> entries, List<Integer> entryOfName, List<String> names, List<NameForm> forms) {
        this.entries = List.copyOf(entries);
        this.entryOfName = entryOfName.stream().mapToInt(Integer::intValue).toArray();
        this.names = names.toArray(String[]::new);
        this.forms = forms.toArray(NameForm[]::new);
        Map<String, List<Integer>> lists = new HashMap<>();
        for (int i = 0; i < this.forms.length; i++) {
            for (String gram : grams(this.forms[i])) {
                lists.computeIfAbsent(gram, g -> new ArrayList<>()).add(i);
            }
        }
        this.postings = new HashMap<>(lists.size() * 2);
        lists.forEach((gram, ids) -> postings.put(gram, ids.stream().distinct().mapToInt(Integer::intValue).toArray()));
        int size = this.forms.length;
        this.counts = ThreadLocal.withInitial(() -> new int[size]);
    }

    public static ListIndex empty() {
        return new ListIndex(List.of(), List.of(), List.of(), List.of());
    }

    /** Builds the index from each entry and the names it goes by. */
    public static ListIndex of(Map<Entry, List<String>> namesByEntry) {
        List<Entry> entries = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<NameForm> forms = new ArrayList<>();
        namesByEntry.forEach((entry, entryNames) -> {
            int index = entries.size();
            entries.add(entry);
            for (String name : entryNames) {
                NameForm form = NameForm.of(name);
                if (!form.readings().isEmpty() && !form.readings().get(0).tokens().isEmpty()) {
                    owner.add(index);
                    names.add(name);
                    forms.add(form);
                }
            }
        });
        return new ListIndex(entries, owner, names, forms);
    }

    public int entries() {
        return entries.size();
    }

    public int names() {
        return names.length;
    }

    /** The best entries for a name, at most {@code limit}, scoring at least {@code minimum}, best first. */
    public List<Candidate> search(String name, PartyType type, double minimum, int limit) {
        NameForm query = NameForm.of(name);
        Map<Integer, Candidate> best = new LinkedHashMap<>();
        for (int n : candidates(query)) {
            Entry entry = entries.get(entryOfName[n]);
            if (entry.type() != type) {
                continue;
            }
            NameScore score = NameMatcher.compare(query, forms[n], type);
            if (score.score() < minimum) {
                continue;
            }
            Candidate current = best.get(entryOfName[n]);
            if (current == null || score.score() > current.score().score()) {
                best.put(entryOfName[n], new Candidate(entry, names[n], score));
            }
        }
        return best.values().stream()
                .sorted((a, b) -> Double.compare(b.score().score(), a.score().score()))
                .limit(limit).toList();
    }

    /** The names sharing the most trigrams with the query. */
    private int[] candidates(NameForm query) {
        int[] count = counts.get();
        List<Integer> touched = new ArrayList<>();
        Collection<String> grams = grams(query);
        for (String gram : grams) {
            int[] ids = postings.get(gram);
            if (ids == null) {
                continue;
            }
            for (int id : ids) {
                if (count[id]++ == 0) {
                    touched.add(id);
                }
            }
        }
        int floor = Math.max(1, grams.size() / 4);
        int[] chosen = touched.stream().mapToInt(Integer::intValue).filter(id -> count[id] >= floor).toArray();
        if (chosen.length > CANDIDATES) {
            Integer[] boxed = Arrays.stream(chosen).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (a, b) -> Integer.compare(count[b], count[a]));
            chosen = Arrays.stream(boxed).limit(CANDIDATES).mapToInt(Integer::intValue).toArray();
        }
        for (int id : touched) {
            count[id] = 0;
        }
        return chosen;
    }

    private static Collection<String> grams(NameForm form) {
        java.util.Set<String> grams = new java.util.HashSet<>();
        for (NameForm.Reading reading : form.readings()) {
            for (Token token : reading.tokens()) {
                if (token.weight() < 0.5) {
                    continue;
                }
                String padded = " " + token.skeleton() + " ";
                for (int i = 0; i + 3 <= padded.length(); i++) {
                    grams.add(padded.substring(i, i + 3));
                }
            }
            String joined = " " + Skeleton.of(reading.joined()) + " ";
            if (reading.tokens().size() == 1) {
                for (int i = 0; i + 3 <= joined.length(); i++) {
                    grams.add(joined.substring(i, i + 3));
                }
            }
        }
        return grams;
    }
}
