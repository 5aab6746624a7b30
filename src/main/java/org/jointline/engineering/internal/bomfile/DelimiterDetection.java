package org.jointline.engineering.internal.bomfile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the delimiter among tab, semicolon and comma: for each, count it outside quotes on each of the first
 * 30 non-blank lines; the winner is the one whose most common (non-zero) count occurs on the most lines, then the
 * one with the larger count, then tab before semicolon before comma. Title lines above a header do not disturb it.
 */
final class DelimiterDetection {

    private static final List<Character> CANDIDATES = List.of('\t', ';', ',');
    private static final int SAMPLE_LINES = 30;

    private DelimiterDetection() {
    }

    static char detect(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(SAMPLE_LINES).toList();
        char best = ',';
        long[] bestScore = {0, 0};
        for (char candidate : CANDIDATES) {
            long[] score = score(lines, candidate);
            if (score[0] > bestScore[0] || (score[0] == bestScore[0] && score[1] > bestScore[1])) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /** {lines having the most common non-zero count, that count}. */
    private static long[] score(List<String> lines, char delimiter) {
        Map<Integer, Integer> frequency = new HashMap<>();
        for (String line : lines) {
            int count = count(line, delimiter);
            if (count > 0) {
                frequency.merge(count, 1, Integer::sum);
            }
        }
        long[] score = {0, 0};
        frequency.forEach((count, lineCount) -> {
            if (lineCount > score[0] || (lineCount == score[0] && count > score[1])) {
                score[0] = lineCount;
                score[1] = count;
            }
        });
        return score;
    }

    /** Delimiters outside quotes; a quote opens a quoted field only at the start of a field, as in CSV. */
    static int count(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"') {
                    boolean doubled = i + 1 < line.length() && line.charAt(i + 1) == '"';
                    i += doubled ? 1 : 0;
                    quoted = doubled;
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
            } else if (c == delimiter) {
                count++;
                fieldStart = true;
                continue;
            }
            fieldStart = false;
        }
        return count;
    }
}
