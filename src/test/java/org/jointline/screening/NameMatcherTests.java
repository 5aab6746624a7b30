package org.jointline.screening;

import org.jointline.screening.internal.matching.NameMatcher;
import org.jointline.screening.internal.matching.PartyType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The matcher on names of the programme's own world, none of them from the benchmark. */
class NameMatcherTests {

    private static double person(String a, String b) {
        return NameMatcher.compare(a, b, PartyType.PERSON).score();
    }

    private static double company(String a, String b) {
        return NameMatcher.compare(a, b, PartyType.ORGANISATION).score();
    }

    @Test
    void ukrainianNamesMatchInEveryTransliterationSystem() {
        // national 2010 (passports), BGN/PCGN, scientific, and Russian-style spellings of the same Ukrainian name
        for (String latin : new String[] {"Oleksandr Zhytomyrskyi", "Oleksandr Zhytomyrs'kyy", "Aleksandr Zhitomirskiy",
                "Oleksandr Žytomyrśkyj", "ZHYTOMYRSKYI, Oleksandr"}) {
            assertThat(person("Олександр Житомирський", latin)).as(latin).isGreaterThanOrEqualTo(NameMatcher.THRESHOLD);
        }
        assertThat(person("Олександр Житомирський", "Oleksandr Kovalchuk")).isLessThan(NameMatcher.THRESHOLD);
    }

    @Test
    void legalFormsInAnyLanguageMeanTheSameCompany() {
        assertThat(company("ТОВ Карпатські Дрони", "Karpatski Drony LLC")).isGreaterThanOrEqualTo(NameMatcher.THRESHOLD);
        assertThat(company("OOO Aerotekhnika", "Aerotekhnika Limited Liability Company")).isGreaterThanOrEqualTo(0.95);
        assertThat(company("Valtellina Motori S.p.A.", "Valtellina Motori SpA")).isGreaterThanOrEqualTo(0.95);
        assertThat(company("Dnipro Avionika TOV", "Kyiv Avionika TOV")).isLessThan(NameMatcher.THRESHOLD);
    }

    @Test
    void initialsWordOrderAndTyposAreForgivenButOtherNamesAreNot() {
        assertThat(person("Ivanenko, Petro", "Petro Ivanenko")).isGreaterThanOrEqualTo(0.95);
        assertThat(person("P. Ivanenko", "Petro Ivanenko")).isGreaterThanOrEqualTo(NameMatcher.THRESHOLD);
        assertThat(person("Petro Ivanenkko", "Petro Ivanenko")).isGreaterThanOrEqualTo(NameMatcher.THRESHOLD);
        assertThat(person("Petro Ivanenko", "Pavlo Ivanenko")).isLessThan(NameMatcher.THRESHOLD);
        assertThat(NameMatcher.compare("Petro Ivanenkko", "Petro Ivanenko", PartyType.PERSON).explanation())
                .contains("ivanenkko ~ ivanenko");
    }
}
