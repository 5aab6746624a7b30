package org.jointline.engineering.internal.bomfile;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an .xlsx with POI's streaming (SAX) API: cells come as Excel would display them, formula cells as their
 * cached result (never evaluated). Zip bombs are stopped twice: by the declared sizes in the zip directory, and by
 * POI's {@link ZipSecureFile} limits while inflating (tightened here for the whole JVM, never loosened).
 */
final class XlsxSheets {

    static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    static final long MAX_UNPACKED_SIZE = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 1000;
    private static final double MIN_INFLATE_RATIO = 0.01;

    static {
        if (ZipSecureFile.getMaxEntrySize() > MAX_ENTRY_SIZE) {
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        }
        if (ZipSecureFile.getMinInflateRatio() < MIN_INFLATE_RATIO) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        }
        if (ZipSecureFile.getMaxFileCount() > MAX_ENTRIES) {
            ZipSecureFile.setMaxFileCount(MAX_ENTRIES);
        }
    }

    private XlsxSheets() {
    }

    static LoadedFile read(byte[] content) {
        checkDirectory(ZipDirectory.entries(content));
        try (InputStream in = new ByteArrayInputStream(content)) {
            OPCPackage pkg = OPCPackage.open(in);
            try {
                return new LoadedFile(BomFileFormat.XLSX, sheets(pkg), List.of());
            } finally {
                pkg.revert();
            }
        } catch (BomFileRefused e) {
            throw e;
        } catch (Exception e) {
            throw isZipBomb(e) ? new BomFileRefused(e, BomMessages.UNPACKED_TOO_LARGE, String.valueOf(MAX_UNPACKED_SIZE))
                    : new BomFileRefused(e, BomMessages.CORRUPT);
        }
    }

    /** POI's ZipSecureFile guard says "Zip bomb detected!" (ratio) or names its max entry size or file count. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE") || message.contains("MAX_FILE_COUNT")) {
                return true;
            }
        }
        return false;
    }

    private static void checkDirectory(List<ZipDirectory.Entry> entries) {
        Set<String> names = new java.util.HashSet<>();
        entries.forEach(e -> names.add(e.name()));
        if (!names.contains("[Content_Types].xml") || !names.contains("xl/workbook.xml")) {
            throw new BomFileRefused(BomMessages.ZIP_NOT_XLSX);
        }
        long unpacked = entries.stream().mapToLong(e -> Math.max(0, e.size())).sum();
        boolean entryTooLarge = entries.stream().anyMatch(e -> e.size() > MAX_ENTRY_SIZE);
        if (entries.size() > MAX_ENTRIES || entryTooLarge || unpacked > MAX_UNPACKED_SIZE) {
            throw new BomFileRefused(BomMessages.UNPACKED_TOO_LARGE, String.valueOf(MAX_UNPACKED_SIZE));
        }
    }

    private static List<Sheet> sheets(OPCPackage pkg) throws Exception {
        XSSFReader reader = new XSSFReader(pkg, true);
        DataFormatter formatter = new DataFormatter(Locale.US);
        int[] rowCount = {0};
        List<Sheet> sheets = new ArrayList<>();
        XSSFReader.SheetIterator iterator = reader.getSheetIterator();
        while (iterator.hasNext()) {
            try (InputStream sheetXml = iterator.next()) {
                RowCollector rows = new RowCollector(rowCount);
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(), reader.getSharedStringsTable(), handler(rows), formatter, false));
                parser.parse(new InputSource(sheetXml));
                sheets.add(new Sheet(iterator.getSheetName(), rows.rows()));
            }
        }
        return sheets;
    }

    private static XSSFSheetXMLHandler.SheetContentsHandler handler(RowCollector rows) {
        return new XSSFSheetXMLHandler.SheetContentsHandler() {
            @Override
            public void startRow(int rowNum) {
                rows.startRow();
            }

            @Override
            public void endRow(int rowNum) {
                rows.endRow(rowNum + 1);
            }

            @Override
            public void cell(String reference, String formattedValue, XSSFComment comment) {
                rows.cell(reference == null ? -1 : new CellReference(reference).getCol(), formattedValue);
            }
        };
    }
}
