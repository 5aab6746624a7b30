package org.jointline.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of two names paired greedily by similarity, and what is left over on each side. */
record Alignment(List<Pair> pairs, List<Token> leftA, List<Token> leftB) {

    record Pair(Token a, Token b, double similarity) {
    }

    static Alignment of(List<Token> a, List<Token> b, PartyType type) {
        int n = a.size();
        int m = b.size();
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = Similarity.words(a.get(i), b.get(j), type);
            }
        }
        boolean[] usedA = new boolean[n];
        boolean[] usedB = new boolean[m];
        List<Pair> pairs = new ArrayList<>();
        while (true) {
            int bi = -1;
            int bj = -1;
            double best = NameMatcher.PAIRING;
            for (int i = 0; i < n; i++) {
                if (usedA[i]) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    if (!usedB[j] && (sim[i][j] > best || (sim[i][j] == best && bi < 0))) {
                        best = sim[i][j];
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                break;
            }
            usedA[bi] = true;
            usedB[bj] = true;
            pairs.add(new Pair(a.get(bi), b.get(bj), sim[bi][bj]));
        }
        List<Token> leftA = new ArrayList<>();
        List<Token> leftB = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!usedA[i]) {
                leftA.add(a.get(i));
            }
        }
        for (int j = 0; j < m; j++) {
            if (!usedB[j]) {
                leftB.add(b.get(j));
            }
        }
        return new Alignment(pairs, leftA, leftB);
    }

    double score() {
        double matched = 0;
        double weight = 0;
        for (Pair p : pairs) {
            double w = Math.max(p.a().weight(), p.b().weight());
            double s = p.similarity();
            // a weak pairing is more likely a different word than a misspelling
            double credit = s >= NameMatcher.WEAK_PAIR ? s : s - (NameMatcher.WEAK_PAIR - s);
            matched += w * credit;
            weight += w;
        }
        double restA = weight(leftA);
        double restB = weight(leftB);
        double substituted = Math.min(restA, restB);
        double extra = Math.abs(restA - restB);
        double total = weight + NameMatcher.SUBSTITUTION * substituted + NameMatcher.EXTRA * extra;
        return total == 0 ? 0 : Math.max(0, matched / total);
    }

    private static double weight(List<Token> tokens) {
        double sum = 0;
        for (Token t : tokens) {
            sum += t.weight();
        }
        return sum;
    }

    String explain() {
        List<String> parts = new ArrayList<>();
        for (Pair p : pairs) {
            parts.add(p.similarity() == 1 ? p.a().text()
                    : String.format(Locale.ROOT, "%s ~ %s (%.2f)", p.a().text(), p.b().text(), p.similarity()));
        }
        StringBuilder out = new StringBuilder("matched: ").append(parts.isEmpty() ? "nothing" : String.join(", ", parts));
        if (!leftA.isEmpty() && !leftB.isEmpty()) {
            out.append("; differ: ").append(texts(leftA)).append(" / ").append(texts(leftB));
        } else if (!leftA.isEmpty() || !leftB.isEmpty()) {
            out.append("; only in one: ").append(texts(leftA.isEmpty() ? leftB : leftA));
        }
        return out.toString();
    }

    private static String texts(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }
}
