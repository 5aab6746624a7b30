package org.jointline.engineering.internal.bomfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Workbooks made up in the test with POI: header position, sheet choice, formulas, cell types, legacy .xls. */
class SpreadsheetBomFileTests {

    private final BomFileReader reader = new BomFileReader();

    @Test
    void theSheetWithAHeaderIsChosenAndTitleRowsAreSkipped() {
        byte[] xlsx = workbook(new XSSFWorkbook(), wb -> {
            Sheet notes = wb.createSheet("Read me");
            cells(notes.createRow(0), "This workbook lists the parts of the frame.");
            cells(notes.createRow(1), "Quantities are per drone.", "Rev B");
            Sheet bom = wb.createSheet("Parts");
            cells(bom.createRow(0), "Frame kit BOM");
            cells(bom.createRow(1), "Rev B", "2025-01-10");
            cells(bom.createRow(3), "Item", "Qty", "RefDes", "Comment", "Footprint", "MPN", "Manufacturer");
            cells(bom.createRow(4), 1, 4, "M1-M4", "Motor 1104", "", "1104-7500KV", "T-Motor");
            cells(bom.createRow(5), 2, 2, "", "Propeller CW", "", "", "HQProp");
        });

        BomFile bom = reader.read("frame.xlsx", xlsx, null);

        assertThat(bom.format()).isEqualTo(BomFileFormat.XLSX);
        assertThat(bom.sheetName()).isEqualTo("Parts");
        assertThat(bom.headerRow()).isEqualTo(4);
        assertThat(bom.lines()).hasSize(2);
        BomFileLine motors = bom.lines().getFirst();
        assertThat(motors.row()).isEqualTo(5);
        assertThat(motors.designators()).containsExactly("M1", "M2", "M3", "M4");
        assertThat(motors.value()).isEqualTo("Motor 1104");
        assertThat(motors.mpn()).isEqualTo("1104-7500KV");
        assertThat(motors.quantity()).isEqualByComparingTo("4");
        assertThat(bom.problems()).isEmpty();
    }

    @Test
    void formulaCellsGiveTheirCachedValueAndTextCellsHoldingNumbersCount() {
        byte[] xlsx = workbook(new XSSFWorkbook(), wb -> {
            Sheet bom = wb.createSheet("BOM");
            cells(bom.createRow(0), "Quantity", "Designator", "Value");
            Row formula = bom.createRow(1);
            formula.createCell(0).setCellFormula("2*2");
            cells(formula, null, "R1, R2, R3, R4", "10k");
            cells(bom.createRow(2), "3", "C1-C3", "100n");
            cells(bom.createRow(3), 2.0, "D1 D2", "LED");
            Row sum = bom.createRow(5);
            sum.createCell(0).setCellFormula("SUM(A2:A4)");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        BomFile bom = reader.read("bom.xlsx", xlsx, null);

        assertThat(bom.lines()).extracting(l -> l.quantity().toPlainString()).containsExactly("4", "3", "2");
        assertThat(bom.lines().get(1).designators()).containsExactly("C1", "C2", "C3");
        assertThat(bom.problems()).isEmpty();
    }

    @Test
    void aFormulaWithoutCachedValueFallsBackToTheDesignators() {
        byte[] xlsx = workbook(new XSSFWorkbook(), wb -> {
            Sheet bom = wb.createSheet("BOM");
            cells(bom.createRow(0), "Qty", "Designator", "Value");
            Row formula = bom.createRow(1);
            formula.createCell(0).setCellFormula("1+1");
            cells(formula, null, "R1, R2", "10k");
        });

        BomFile bom = reader.read("bom.xlsx", xlsx, null);

        assertThat(bom.lines().getFirst().quantity()).isEqualByComparingTo("2");
    }

    @Test
    void legacyXlsIsReadToo() {
        byte[] xls = workbook(new HSSFWorkbook(), wb -> {
            Sheet bom = wb.createSheet("BOM");
            cells(bom.createRow(0), "Qty", "Reference", "Value", "Description");
            cells(bom.createRow(1), 2, "R1,R2", "10k", "\u8D34\u7247\u7535\u963B");
            Row formula = bom.createRow(2);
            formula.createCell(0).setCellFormula("1+2");
            cells(formula, null, "C1,C2,C3", "100n", "Capacitor");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        BomFile bom = reader.read("bom.xls", xls, null);

        assertThat(bom.format()).isEqualTo(BomFileFormat.XLS);
        assertThat(bom.lines()).extracting(l -> l.quantity().toPlainString()).containsExactly("2", "3");
        assertThat(bom.lines().getFirst().description()).isEqualTo("\u8D34\u7247\u7535\u963B");
        assertThat(bom.problems()).isEmpty();
    }

    interface Filler {
        void fill(Workbook workbook);
    }

    static byte[] workbook(Workbook workbook, Filler filler) {
        try (Workbook wb = workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(wb);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fills the row from column 0: strings, numbers, or null to leave a cell alone. */
    static void cells(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (values[i] instanceof String s && !s.isEmpty()) {
                row.createCell(i).setCellValue(s);
            }
        }
    }
}
