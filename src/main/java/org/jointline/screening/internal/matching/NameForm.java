package org.jointline.screening.internal.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A name prepared for comparison: one {@link Reading} per transliteration system that applies (one for a Latin
 * name), each with its tokens and legal forms. Made once per list alias, kept in the index.
 */
public record NameForm(String original, List<Reading> readings) {

    /** Particles of Arabic, Dutch, German, Romance and English names, and English filler words. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "ben", "bint", "abu", "van", "der",
            "den", "von", "de", "da", "di", "du", "des", "la", "le", "the", "of", "and", "y", "e", "et", "und", "z");
    private static final Pattern DOTTED = Pattern.compile("(?:[a-z]\\.){1,}[a-z]?\\.?");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9.]+");

    /** One Latin reading of the name. */
    public record Reading(String system, List<Token> tokens, List<String> legalForms, String joined) {
    }

    public static NameForm of(String name) {
        String original = name == null ? "" : name.strip();
        List<Reading> readings = new ArrayList<>();
        for (Map.Entry<String, String> reading : Transliteration.readings(original).entrySet()) {
            Reading r = read(reading.getKey(), Transliteration.fold(reading.getValue()));
            if (readings.stream().noneMatch(x -> x.joined().equals(r.joined()) && x.tokens().equals(r.tokens()))) {
                readings.add(r);
            }
        }
        return new NameForm(original, List.copyOf(readings));
    }

    private static final Pattern ROMAN = Pattern.compile("(?=[ivxl])(x{0,3})(ix|iv|v?i{0,3})|xl|l");

    private static Reading read(String system, String folded) {
        List<String> words = NumberWords.digits(words(inverted(folded.replace("'", "").replace("\u02b9", "")
                .replace("\u2019", ""))));
        List<Token> tokens = new ArrayList<>();
        List<String> legal = new ArrayList<>();
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            int phrase = LegalForms.phraseAt(words, i);
            if (phrase > 0) {
                legal.add(LegalForms.phraseFamily(words, i, phrase));
                i += phrase - 1;
                continue;
            }
            String word = LegalForms.canonical(words.get(i));
            joined.append(word);
            String family = LegalForms.family(word);
            boolean edge = i == 0 || i == words.size() - 1;
            if (family != null && words.size() > 1 && edge) {
                legal.add(family);
            } else if (PARTICLES.contains(word) && words.size() > 1) {
                tokens.add(Token.of(word, Token.PARTICLE, tokens.size()));
            } else if (LegalForms.generic(word) && words.size() > 1) {
                tokens.add(Token.of(word, Token.GENERIC, tokens.size()));
            } else if (words.size() > 2 && i > 0 && (Character.isDigit(word.charAt(0)) || ROMAN.matcher(word).matches())) {
                tokens.add(Token.of(word, Token.NUMBER, tokens.size()));
            } else {
                tokens.add(Token.of(word, 1.0, tokens.size()));
            }
        }
        return new Reading(system, List.copyOf(tokens), List.copyOf(legal), joined.toString());
    }

    /** "Smith, John" is John Smith; "Bowne Global Solutions, Inc." stays as it is. */
    private static String inverted(String folded) {
        int comma = folded.indexOf(',');
        if (comma <= 0 || comma != folded.lastIndexOf(',')) {
            return folded;
        }
        String after = folded.substring(comma + 1).strip();
        List<String> afterWords = words(after);
        if (afterWords.isEmpty() || afterWords.stream().anyMatch(w -> LegalForms.family(w) != null
                || LegalForms.generic(LegalForms.canonical(w)))) {
            return folded;
        }
        return after + " " + folded.substring(0, comma);
    }

    /** Words of a folded name; dotted initialisms (L.L.C., S.C., o.O.O.) become one word, other dots separate. */
    private static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        for (String chunk : SEPARATORS.split(folded)) {
            if (chunk.isEmpty()) {
                continue;
            }
            if (DOTTED.matcher(chunk).matches()) {
                words.add(chunk.replace(".", ""));
                continue;
            }
            for (String part : chunk.split("\\.")) {
                if (!part.isEmpty()) {
                    words.add(part);
                }
            }
        }
        return words;
    }
}
