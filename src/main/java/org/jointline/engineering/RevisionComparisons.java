package org.jointline.engineering;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Matches the lines of two revisions by component (and occurrence, for a component listed twice). */
final class RevisionComparisons {

    private RevisionComparisons() {
    }

    static RevisionComparison of(BomRevision from, List<BomLine> before, BomRevision to, List<BomLine> after) {
        Map<String, BomLine> old = keyed(before);
        Map<String, BomLine> now = keyed(after);
        List<BomLine> added = new ArrayList<>();
        List<RevisionComparison.Change> changed = new ArrayList<>();
        now.forEach((key, line) -> {
            BomLine previous = old.get(key);
            if (previous == null) {
                added.add(line);
            } else if (differ(previous, line)) {
                changed.add(new RevisionComparison.Change(previous, line));
            }
        });
        List<BomLine> removed = old.entrySet().stream().filter(e -> !now.containsKey(e.getKey())).map(Map.Entry::getValue).toList();
        return new RevisionComparison(from, to, added, removed, changed);
    }

    private static Map<String, BomLine> keyed(List<BomLine> lines) {
        Map<String, BomLine> keyed = new LinkedHashMap<>();
        Map<ItemId, Integer> seen = new LinkedHashMap<>();
        for (BomLine line : lines) {
            int occurrence = seen.merge(line.componentId(), 1, Integer::sum);
            keyed.put(line.componentId() + "#" + occurrence, line);
        }
        return keyed;
    }

    private static boolean differ(BomLine a, BomLine b) {
        return a.quantity().compareTo(b.quantity()) != 0 || !a.designators().equals(b.designators())
                || a.doNotPlace() != b.doNotPlace() || !Objects.equals(a.notes(), b.notes())
                || !a.alternates().equals(b.alternates()) || a.position() != b.position();
    }
}
