package org.jointline.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores how likely two names name the same party, from 0 to 1, and says why. The words of both names are paired
 * by similarity whatever their order (spelling, transliteration skeleton, initials); a word of one name with no
 * partner in the other costs a little when it is an extra (a dropped middle name), much when both names have one
 * (a different person: another surname, patronymic or clan name). Legal forms are compared by family, particles
 * and generic company words weigh little. The best of all transliteration readings counts.
 */
public final class NameMatcher {

    /** The threshold the product ships with: at or above it a pair is a possible match. */
    public static final double THRESHOLD = 0.80;

    /** Words less alike than this are not paired at all. */
    static final double PAIRING = 0.60;
    /** A word in each name with no partner: likely another person or company. */
    static final double SUBSTITUTION = 1.6;
    /** A word in one name only: a dropped middle name or qualifier. */
    static final double EXTRA = 0.15;
    /** Below this, a pairing is more likely a different word than a misspelling and earns less. */
    static final double WEAK_PAIR = 0.80;

    private NameMatcher() {
    }

    /**
     * Loads ICU's transliteration classes and data on the calling (start-up) thread. Left to first use, they were
     * initialised at once by the demo import and by screening on virtual threads, and class initialisation pins
     * virtual threads: with two cores both carriers waited and the start hung.
     */
    public static void warmUp() {
        compare("Олександр Їжаченко ТОВ", "Oleksandr Izhachenko LLC", PartyType.ORGANISATION);
        compare("محمد علي", "Muhammad Ali", PartyType.PERSON);
        compare("Ștefan Șerban", "Stefan Serban", PartyType.PERSON);
    }

    public static NameScore compare(String a, String b, PartyType type) {
        return compare(NameForm.of(a), NameForm.of(b), type);
    }

    public static NameScore compare(NameForm a, NameForm b, PartyType type) {
        return compare(a, b, type, true);
    }

    /** The score, with its explanation only when asked for (the index scores many candidates, explains few). */
    public static NameScore compare(NameForm a, NameForm b, PartyType type, boolean explain) {
        NameForm.Reading bestA = null;
        NameForm.Reading bestB = null;
        double best = -1;
        for (NameForm.Reading ra : a.readings()) {
            for (NameForm.Reading rb : b.readings()) {
                double score = compare(ra, rb, type, null);
                if (score > best) {
                    best = score;
                    bestA = ra;
                    bestB = rb;
                }
            }
        }
        if (bestA == null) {
            return new NameScore(0, "no words in common");
        }
        if (!explain) {
            return new NameScore(best, null);
        }
        List<String> why = new ArrayList<>();
        double score = compare(bestA, bestB, type, why);
        return new NameScore(score, String.join("; ", why));
    }

    private static double compare(NameForm.Reading a, NameForm.Reading b, PartyType type, List<String> why) {
        if (a.tokens().isEmpty() || b.tokens().isEmpty()) {
            if (why != null) {
                why.add("empty name");
            }
            return 0;
        }
        Alignment alignment = Alignment.of(a.tokens(), b.tokens(), type);
        double score = alignment.score();
        if (why != null) {
            why.add(alignment.explain());
        }
        if ((a.tokens().size() != b.tokens().size() || a.legalForms().size() != b.legalForms().size()) && score < 0.9) {
            double joined = Similarity.ratioAtLeast(a.joined(), b.joined(), 0.9);
            if (joined > score && joined >= 0.9) {
                score = joined;
                if (why != null) {
                    why.add(String.format(Locale.ROOT, "written together: %s ~ %s (%.2f)", a.joined(), b.joined(), joined));
                }
            }
        }
        score = legalForms(a, b, type, score, why == null ? new ArrayList<>() : why);
        String system = !a.system().isEmpty() ? a.system() : b.system();
        if (why != null && !system.isEmpty()) {
            why.add("Cyrillic read as " + system);
        }
        return Math.max(0, Math.min(1, score));
    }

    private static double legalForms(NameForm.Reading a, NameForm.Reading b, PartyType type, double score,
                                     List<String> why) {
        if (a.legalForms().isEmpty() || b.legalForms().isEmpty()) {
            if (!a.legalForms().isEmpty() || !b.legalForms().isEmpty()) {
                why.add("legal form on one side only");
            }
            return score;
        }
        boolean shared = a.legalForms().stream().anyMatch(b.legalForms()::contains);
        if (shared) {
            why.add("same legal form (" + a.legalForms().get(0) + ")");
            return score;
        }
        why.add("different legal forms (" + a.legalForms().get(0) + " / " + b.legalForms().get(0) + ")");
        return type == PartyType.PERSON ? score : score * 0.92;
    }
}
