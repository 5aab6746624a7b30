package org.jointline.engineering.internal.bomfile;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityParserTests {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "8|8", "8.0|8", "1.0|1", "1,0|1", "1,5|1.5", "0.5|0.5", ".5|0.5", "0|0", "10 pcs|10", "10pcs.|10",
            "2 ea|2", "x2|2", "2x|2", "4 个|4", "1,000|1000", "1,000.5|1000.5", "1.000,5|1000.5", "1 000|1000",
            "1.000|1", "  7  |7", "100|100", "-1|-1"})
    void acceptedForms(String text, String expected) {
        assertThat(QuantityParser.parse(text)).hasValueSatisfying(q -> {
            assertThat(q).isEqualByComparingTo(new BigDecimal(expected));
            assertThat(q.scale()).isLessThanOrEqualTo(Math.max(0, new BigDecimal(expected).scale()));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "1-2", "approx 3", "1,2,3", "10k", "one", "1..2", "pcs", "#REF!"})
    void notANumber(String text) {
        assertThat(QuantityParser.parse(text)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10", "10.00", "1E+1"})
    void noTrailingZerosNorExponent(String text) {
        assertThat(QuantityParser.normalised(new BigDecimal(text)).toString()).isEqualTo("10");
    }
}
