package org.jointline.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Numbers written as words or ordinals become digits: "Forty-Four" and "44", "First" and "1st" are equal. */
final class NumberWords {

    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fourty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    private NumberWords() {
    }

    static List<String> digits(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = ordinal(words.get(i));
            Integer tens = TENS.get(w);
            if (tens != null) {
                Integer unit = i + 1 < words.size() ? UNITS.get(words.get(i + 1)) : null;
                if (unit != null && unit < 10) {
                    i++;
                    tens += unit;
                }
                out.add(String.valueOf(tens));
            } else if (UNITS.containsKey(w) && words.size() > 1) {
                out.add(String.valueOf(UNITS.get(w)));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    private static String ordinal(String w) {
        if (w.length() > 2 && Character.isDigit(w.charAt(0))
                && (w.endsWith("st") || w.endsWith("nd") || w.endsWith("rd") || w.endsWith("th"))) {
            String number = w.substring(0, w.length() - 2);
            if (number.chars().allMatch(Character::isDigit)) {
                return number;
            }
        }
        return w;
    }
}
