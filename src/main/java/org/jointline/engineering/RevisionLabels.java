package org.jointline.engineering;

import java.util.List;

/** Revision labels A, B, …, Z, AA, AB, …: the next one after those that exist. */
final class RevisionLabels {

    private RevisionLabels() {
    }

    static String next(List<String> existing) {
        int highest = existing.stream().filter(l -> l.matches("[A-Z]+")).mapToInt(RevisionLabels::toNumber).max().orElse(0);
        return toLabel(highest + 1);
    }

    static int toNumber(String label) {
        int n = 0;
        for (char c : label.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }

    static String toLabel(int number) {
        StringBuilder label = new StringBuilder();
        for (int n = number; n > 0; n = (n - 1) / 26) {
            label.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return label.toString();
    }
}
