package org.jointline.engineering.internal.bomfile;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;

/** Reads a legacy binary .xls (Excel 97-2003) with POI's HSSF; formula cells give their cached result. */
final class XlsSheets {

    private XlsSheets() {
    }

    static boolean looksLikeOle2(byte[] content) {
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static LoadedFile read(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new BomFileRefused(BomMessages.ENCRYPTED);
            }
            return workbook(fs);
        } catch (BomFileRefused e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new BomFileRefused(e, BomMessages.ENCRYPTED);
        } catch (Exception e) {
            throw new BomFileRefused(e, BomMessages.CORRUPT);
        }
    }

    private static LoadedFile workbook(POIFSFileSystem fs) throws java.io.IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(fs)) {
            DataFormatter formatter = new DataFormatter(Locale.US);
            formatter.setUseCachedValuesForFormulaCells(true);
            int[] rowCount = {0};
            List<Sheet> sheets = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Sheet sheet : workbook) {
                sheets.add(new Sheet(sheet.getSheetName(), rows(sheet, formatter, rowCount)));
            }
            return new LoadedFile(BomFileFormat.XLS, sheets, List.of());
        }
    }

    private static List<SheetRow> rows(org.apache.poi.ss.usermodel.Sheet sheet, DataFormatter formatter, int[] rowCount) {
        RowCollector rows = new RowCollector(rowCount);
        for (Row row : sheet) {
            rows.startRow();
            for (Cell cell : row) {
                rows.cell(cell.getColumnIndex(), formatter.formatCellValue(cell));
            }
            rows.endRow(row.getRowNum() + 1);
        }
        return rows.rows();
    }
}
