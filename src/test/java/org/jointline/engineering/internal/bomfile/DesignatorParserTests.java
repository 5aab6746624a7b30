package org.jointline.engineering.internal.bomfile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DesignatorParserTests {

    @Test
    void simpleRangesAreExpanded() {
        assertThat(DesignatorParser.parse("R1, R2, R5-R7")).containsExactly("R1", "R2", "R5", "R6", "R7");
        assertThat(DesignatorParser.parse("1C1-1C3")).containsExactly("1C1", "1C2", "1C3");
        assertThat(DesignatorParser.parse("C08 - C10")).containsExactly("C08", "C09", "C10");
    }

    @Test
    void rangesThatAreNotSimpleStayAsWritten() {
        assertThat(DesignatorParser.parse("R7-R5")).containsExactly("R7-R5");
        assertThat(DesignatorParser.parse("R1-C3")).containsExactly("R1-C3");
        assertThat(DesignatorParser.parse("R5-7")).containsExactly("R5-7");
        assertThat(DesignatorParser.parse("R1-R5000")).containsExactly("R1-R5000");
    }

    @Test
    void separators() {
        assertThat(DesignatorParser.parse("C1,C2;C3")).containsExactly("C1", "C2", "C3");
        assertThat(DesignatorParser.parse("C1 C2  C3")).containsExactly("C1", "C2", "C3");
        assertThat(DesignatorParser.parse("C1\nC2")).containsExactly("C1", "C2");
        assertThat(DesignatorParser.parse("C1，C2、C3")).containsExactly("C1", "C2", "C3");
        assertThat(DesignatorParser.parse("Nut 1, Nut 2")).containsExactly("Nut 1", "Nut 2");
    }

    @Test
    void eagleAndKicadStyleNames() {
        assertThat(DesignatorParser.parse("U$2; U$6")).containsExactly("U$2", "U$6");
        assertThat(DesignatorParser.parse("JTAG")).containsExactly("JTAG");
        assertThat(DesignatorParser.parse("E_1")).containsExactly("E_1");
    }

    @Test
    void placeholdersAndNotesAreNotDesignators() {
        assertThat(DesignatorParser.parse("NA")).isEmpty();
        assertThat(DesignatorParser.parse("-")).isEmpty();
        assertThat(DesignatorParser.parse("\u975E\u8D34\u7247\u7269\u6599")).isEmpty();
        assertThat(DesignatorParser.parse("27")).isEmpty();
        assertThat(DesignatorParser.parse(null)).isEmpty();
        assertThat(DesignatorParser.looksMeantAsDesignators("27")).isTrue();
        assertThat(DesignatorParser.looksMeantAsDesignators("\u975E\u8D34\u7247\u7269\u6599")).isFalse();
    }
}
