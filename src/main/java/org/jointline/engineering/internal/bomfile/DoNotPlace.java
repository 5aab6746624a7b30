package org.jointline.engineering.internal.bomfile;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Do not place" signals. Markers, as whole words: DNP, DNF, DNI, "do not place/populate/fit/mount/install",
 * "not fitted/populated/placed/mounted", "no pop", and the Chinese 不贴 (not placed, e.g. ESP-Drone's "不贴件"),
 * 不焊, 不装, 不上件, 空贴. "NC" / "N/C" counts in the value and the notes (ESP-Drone writes "0.1uF/10V(NC)") but
 * not in the description, where "NC" may mean "normally closed".
 */
final class DoNotPlace {

    private static final Pattern MARKER = Pattern.compile("(?iu)(?<![a-z0-9])(dnp|dnf|dni|no ?pop|unpopulated"
            + "|do not (place|populate|fit|mount|install)|not (fitted|populated|placed|mounted))(?![a-z0-9])"
            + "|不贴|不焊|不装|不上件|空贴");
    private static final Pattern NOT_CONNECTED = Pattern.compile("(?i)(?<![a-z0-9])(nc|n/c)(?![a-z0-9])");
    private static final Set<String> YES = Set.of("x", "yes", "y", "true", "t", "1", "是", "✓", "✔");
    private static final Set<String> NO = Set.of("no", "n", "false", "f", "0", "否", "×", "nf");

    private DoNotPlace() {
    }

    static boolean inText(String value, String description, String notes) {
        return marked(value) || marked(description) || marked(notes) || notConnected(value) || notConnected(notes);
    }

    /**
     * A DNP-style column ("DNP": x/yes/true/1 means not placed) or a placed-style column ("Fitted", "Populate":
     * no/false/0 means not placed); a marker word in either kind counts too.
     */
    static boolean inColumn(String cell, boolean columnMeansPlaced) {
        if (cell == null) {
            return false;
        }
        String answer = cell.strip().toLowerCase();
        return marked(cell) || (columnMeansPlaced ? NO.contains(answer) : YES.contains(answer));
    }

    private static boolean marked(String text) {
        return text != null && MARKER.matcher(text).find();
    }

    private static boolean notConnected(String text) {
        return text != null && NOT_CONNECTED.matcher(text).find();
    }
}
