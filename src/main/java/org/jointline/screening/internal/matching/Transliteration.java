package org.jointline.screening.internal.matching;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Latin readings of a name in several transliteration systems. A Cyrillic name is read in every system a
 * Ukrainian or Russian name is commonly written in, because the list entry may have been made with any of them;
 * other scripts get ICU's general Latin reading. Transliterator instances are not shared between threads.
 */
final class Transliteration {

    /** Ukrainian national system (Cabinet of Ministers resolution 55 of 2010), used in Ukrainian passports. */
    private static final String UKRAINIAN_2010 = """
            :: lower;
            [^[:L:]] { є > ye; ^ є > ye; є > ie;
            [^[:L:]] { ї > yi; ^ ї > yi; ї > i;
            [^[:L:]] { й > y; ^ й > y; й > i;
            [^[:L:]] { ю > yu; ^ ю > yu; ю > iu;
            [^[:L:]] { я > ya; ^ я > ya; я > ia;
            зг > zgh;
            а > a; б > b; в > v; г > h; ґ > g; д > d; е > e; ж > zh; з > z; и > y; і > i; к > k; л > l; м > m;
            н > n; о > o; п > p; р > r; с > s; т > t; у > u; ф > f; х > kh; ц > ts; ч > ch; ш > sh; щ > shch;
            ь > ; ы > y; э > e; ё > e; ъ > ; ’ > ; \\' > ;
            """;

    /** Russian passports since 2013 (ICAO Doc 9303 table). */
    private static final String RUSSIAN_PASSPORT = """
            :: lower;
            а > a; б > b; в > v; г > g; д > d; е > e; ё > e; ж > zh; з > z; и > i; й > i; к > k; л > l; м > m;
            н > n; о > o; п > p; р > r; с > s; т > t; у > u; ф > f; х > kh; ц > ts; ч > ch; ш > sh; щ > shch;
            ъ > ie; ы > y; ь > ; э > e; ю > iu; я > ia; і > i; ї > i; є > ie; ґ > g;
            """;

    private static final Map<String, String> CYRILLIC_SYSTEMS = new LinkedHashMap<>();

    static {
        CYRILLIC_SYSTEMS.put("BGN/PCGN Russian", "Russian-Latin/BGN");
        CYRILLIC_SYSTEMS.put("BGN/PCGN Ukrainian", "Ukrainian-Latin/BGN");
        CYRILLIC_SYSTEMS.put("ISO 9 (scientific)", "Cyrillic-Latin");
        CYRILLIC_SYSTEMS.put("Ukrainian national 2010", null);
        CYRILLIC_SYSTEMS.put("Russian passport 2013", null);
    }

    private static final ThreadLocal<Map<String, Transliterator>> CACHE = ThreadLocal.withInitial(LinkedHashMap::new);

    private Transliteration() {
    }

    /** System name to Latin reading (still with diacritics; the caller folds them). */
    static Map<String, String> readings(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        if (isAscii(name)) {
            out.put("", name);
            return out;
        }
        if (hasCyrillic(name)) {
            for (var system : CYRILLIC_SYSTEMS.entrySet()) {
                String reading = transliterator(system.getKey(), system.getValue()).transliterate(name);
                out.put(system.getKey(), isAscii(reading) ? reading : anyLatin(reading));
            }
            return out;
        }
        out.put("", anyLatin(name));
        return out;
    }

    /** Any-Latin also builds its per-script parts lazily, inside transliterate, hence the same lock (see create). */
    private static String anyLatin(String name) {
        Transliterator any = transliterator("any", "Any-Latin");
        synchronized (Transliteration.class) {
            return any.transliterate(name);
        }
    }

    static String fold(String latin) {
        if (isAscii(latin)) {
            return latin.toLowerCase(java.util.Locale.ROOT);
        }
        return transliterator("fold", "Latin-ASCII; Lower").transliterate(latin);
    }

    private static Transliterator transliterator(String key, String id) {
        return CACHE.get().computeIfAbsent(key, k -> create(k, id));
    }

    /**
     * ICU builds compound transliterators such as Any-Latin through its shared registry, and two threads building
     * them at once were seen to deadlock (at demo load, when screening ran on several threads). Creation happens
     * once per thread and system, so it is serialised; use stays unsynchronised.
     */
    private static synchronized Transliterator create(String key, String id) {
        return switch (key) {
            case "Ukrainian national 2010" -> Transliterator.createFromRules("uk-2010", UKRAINIAN_2010, Transliterator.FORWARD);
            case "Russian passport 2013" -> Transliterator.createFromRules("ru-icao", RUSSIAN_PASSPORT, Transliterator.FORWARD);
            default -> Transliterator.getInstance(id);
        };
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCyrillic(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }
}
