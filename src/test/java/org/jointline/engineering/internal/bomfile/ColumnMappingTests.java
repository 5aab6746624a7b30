package org.jointline.engineering.internal.bomfile;

import java.nio.charset.StandardCharsets;
import org.jointline.engineering.internal.bomfile.ColumnMapping.Column;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An explicit mapping overrides header recognition. */
class ColumnMappingTests {

    private static final String GERMAN = """
            Stückliste Steuerplatine
            Anzahl;Bauteil;Wert;Hersteller-Nr.
            2;R1, R2;10k;RC0402FR-0710KL
            1;U1;STM32;STM32F207VCT6
            """;

    private final BomFileReader reader = new BomFileReader();

    @Test
    void byColumnName() {
        ColumnMapping mapping = ColumnMapping.empty()
                .with(BomField.QUANTITY, Column.named("anzahl"))
                .with(BomField.DESIGNATOR, Column.named("Bauteil"))
                .with(BomField.VALUE, Column.named("Wert"))
                .with(BomField.MPN, Column.named("Hersteller Nr"));

        BomFile bom = read(GERMAN, mapping);

        assertThat(bom.headerRow()).isEqualTo(2);
        assertThat(bom.lines()).hasSize(2);
        assertThat(bom.lines().getFirst().designators()).containsExactly("R1", "R2");
        assertThat(bom.lines().getFirst().mpn()).isEqualTo("RC0402FR-0710KL");
        assertThat(bom.mapping().column(BomField.MPN)).isEqualTo(new Column("Hersteller-Nr.", 3));
    }

    @Test
    void byColumnIndex() {
        ColumnMapping mapping = ColumnMapping.empty()
                .with(BomField.QUANTITY, Column.at(0))
                .with(BomField.DESIGNATOR, Column.at(1))
                .with(BomField.DESCRIPTION, Column.at(2));

        BomFile bom = read(GERMAN, mapping);

        assertThat(bom.headerRow()).as("the row above the first number").isEqualTo(2);
        assertThat(bom.lines()).extracting(BomFileLine::description).containsExactly("10k", "STM32");
        assertThat(bom.lines()).extracting(BomFileLine::value).containsOnlyNulls();
        assertThat(bom.problems()).isEmpty();
    }

    @Test
    void byIndexOnAFileWithoutHeader() {
        ColumnMapping mapping = ColumnMapping.empty()
                .with(BomField.DESIGNATOR, Column.at(0))
                .with(BomField.VALUE, Column.at(1));

        BomFile bom = read("R1 R2,10k\nC1,100n\n", mapping);

        assertThat(bom.headerRow()).isZero();
        assertThat(bom.lines()).extracting(l -> l.quantity().intValue()).containsExactly(2, 1);
    }

    @Test
    void anExplicitMappingOverridesRecognisedHeaders() {
        ColumnMapping mapping = ColumnMapping.empty()
                .with(BomField.QUANTITY, Column.named("Qty"))
                .with(BomField.DESIGNATOR, Column.named("Designator"))
                .with(BomField.DESCRIPTION, Column.named("Value"));

        BomFile bom = read("Qty;Designator;Value;Description\n1;R1;10k;Resistor\n", mapping);

        assertThat(bom.lines().getFirst().description()).isEqualTo("10k");
        assertThat(bom.lines().getFirst().value()).isNull();
    }

    @Test
    void aNamedColumnThatIsNotThere() {
        ColumnMapping mapping = ColumnMapping.empty().with(BomField.QUANTITY, Column.named("Menge"));

        assertThatThrownBy(() -> read(GERMAN, mapping))
                .isInstanceOfSatisfying(BomFileRefused.class, e -> {
                    assertThat(e.key()).isEqualTo(BomMessages.MAPPED_COLUMN_NOT_FOUND);
                    assertThat(e.args()).containsExactly("Menge");
                });
    }

    @Test
    void aMappingWithoutQuantityOrDesignator() {
        ColumnMapping mapping = ColumnMapping.empty().with(BomField.VALUE, Column.at(2));

        assertThatThrownBy(() -> read(GERMAN, mapping))
                .isInstanceOfSatisfying(BomFileRefused.class,
                        e -> assertThat(e.key()).isEqualTo(BomMessages.MAPPING_INCOMPLETE));
    }

    @Test
    void columnsNeedANameOrAnIndex() {
        assertThatThrownBy(() -> new Column(" ", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Column.at(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    private BomFile read(String text, ColumnMapping mapping) {
        return reader.read("bom.csv", text.getBytes(StandardCharsets.UTF_8), mapping);
    }
}
