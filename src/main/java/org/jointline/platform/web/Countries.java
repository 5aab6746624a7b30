package org.jointline.platform.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** ISO 3166 countries with their names in the reader's language, for forms ({@code @countries} in templates). */
@Component("countries")
public class Countries {

    public record Country(String code, String name) {
    }

    public List<Country> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream()
                .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    public String name(String code, Locale locale) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(locale);
    }
}
