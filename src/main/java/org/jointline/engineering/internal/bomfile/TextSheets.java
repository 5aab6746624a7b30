package org.jointline.engineering.internal.bomfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads delimited text (CSV with comma or semicolon, TSV) with Commons CSV; row numbers are file lines. */
final class TextSheets {

    private TextSheets() {
    }

    static LoadedFile read(byte[] content) {
        TextDecoding.Decoded decoded = TextDecoding.decode(content);
        if (decoded.text().isBlank()) {
            throw new BomFileRefused(BomMessages.EMPTY);
        }
        char delimiter = DelimiterDetection.detect(decoded.text());
        List<BomFileProblem> warnings = new ArrayList<>();
        if (decoded.fallback()) {
            warnings.add(BomFileProblem.warning(0, BomMessages.ENCODING_FALLBACK, decoded.charset().name()));
        }
        Sheet sheet = new Sheet(null, rows(decoded.text(), delimiter));
        return new LoadedFile(BomFileFormat.ofDelimiter(delimiter), List.of(sheet), warnings);
    }

    private static List<SheetRow> rows(String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .setTrim(false)
                .get();
        RowCollector rows = new RowCollector(new int[] {0});
        int line = 1;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            try {
                for (CSVRecord record : parser) {
                    add(rows, line, record);
                    line = (int) parser.getCurrentLineNumber() + 1;
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new BomFileRefused(e, BomMessages.MALFORMED_TEXT, String.valueOf(line));
            }
        } catch (IOException e) {
            throw new BomFileRefused(e, BomMessages.MALFORMED_TEXT, String.valueOf(line));
        }
        return rows.rows();
    }

    private static void add(RowCollector rows, int line, CSVRecord record) {
        rows.startRow();
        for (int i = 0; i < record.size(); i++) {
            rows.cell(i, record.get(i));
        }
        rows.endRow(line);
    }
}
