package org.jointline.screening.internal.matching;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** One-word country names in English: in a company name they tell one company from another. */
final class Places {

    private static final Set<String> COUNTRIES = new HashSet<>();

    static {
        for (String code : Locale.getISOCountries()) {
            String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (name.matches("[a-z]+")) {
                COUNTRIES.add(name);
            }
        }
        COUNTRIES.add("russia");
    }

    private Places() {
    }

    static boolean isCountry(String word) {
        return COUNTRIES.contains(word);
    }
}
