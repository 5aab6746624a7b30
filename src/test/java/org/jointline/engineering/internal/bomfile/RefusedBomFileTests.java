package org.jointline.engineering.internal.bomfile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Whole files that are not a usable BOM: refused with a key, never with a POI or CSV exception. */
class RefusedBomFileTests {

    private final BomFileReader reader = new BomFileReader();

    @Test
    void emptyOrBlankFile() {
        assertRefused("bom.csv", new byte[0], BomMessages.EMPTY);
        assertRefused("bom.csv", " \r\n\t\n".getBytes(StandardCharsets.US_ASCII), BomMessages.EMPTY);
        assertRefused("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, BomMessages.EMPTY);
    }

    @Test
    void randomBytes() {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        noise[0] = 'x';

        assertRefused("bom.csv", noise, BomMessages.UNSUPPORTED_FORMAT);
    }

    @Test
    void anImage() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        assertRefused("bom.png", png, BomMessages.UNSUPPORTED_FORMAT);
    }

    @Test
    void textWithoutABomHeader() {
        byte[] prose = "Dear supplier,\nplease find the parts below.\nRegards\n".getBytes(StandardCharsets.UTF_8);
        byte[] partsLibrary = "MPN\tMaker\tDescription\nRC0402\tYageo\tResistor\n".getBytes(StandardCharsets.UTF_8);

        assertRefused("notes.csv", prose, BomMessages.NO_HEADER);
        assertRefused("parts.tsv", partsLibrary, BomMessages.NO_HEADER);
    }

    @Test
    void anUnclosedQuote() {
        byte[] text = "Qty,Designator,Value\n1,R1,\"10k\n2,R2,1k\n".getBytes(StandardCharsets.UTF_8);

        assertRefused("bom.csv", text, BomMessages.MALFORMED_TEXT);
    }

    @Test
    void aZipDisguisedAsXlsx() throws IOException {
        byte[] zip = zip("readme.txt", "Qty,Designator,Value\n1,R1,10k\n".getBytes(StandardCharsets.UTF_8));

        assertRefused("bom.xlsx", zip, BomMessages.ZIP_NOT_XLSX);
    }

    @Test
    void aCorruptXlsx() throws IOException {
        byte[] good = SpreadsheetBomFileTests.workbook(new XSSFWorkbook(), wb -> wb.createSheet("BOM"));
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        byte[] garbage = zip("[Content_Types].xml", "<Types".getBytes(StandardCharsets.UTF_8),
                "xl/workbook.xml", "not xml at all".getBytes(StandardCharsets.UTF_8));

        assertRefused("bom.xlsx", truncated, BomMessages.CORRUPT);
        assertRefused("bom.xlsx", garbage, BomMessages.CORRUPT);
    }

    @Test
    void aWorkbookWithoutAHeaderOnAnySheet() {
        byte[] xlsx = SpreadsheetBomFileTests.workbook(new XSSFWorkbook(), wb -> {
            Sheet sheet = wb.createSheet("Prices");
            SpreadsheetBomFileTests.cells(sheet.createRow(0), "MPN", "Price");
            SpreadsheetBomFileTests.cells(sheet.createRow(1), "RC0402", 0.01);
        });

        assertRefused("prices.xlsx", xlsx, BomMessages.NO_HEADER);
    }

    @Test
    void aZipBombThatDeclaresItsSize() throws IOException {
        byte[] bomb = zipBomb();

        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertRefused("bom.xlsx", bomb, BomMessages.UNPACKED_TOO_LARGE));
    }

    @Test
    void aZipBombThatLiesAboutItsSizeIsStoppedWhileInflating() throws IOException {
        byte[] bomb = zipBomb();
        lieAboutSizes(bomb);

        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertRefused("bom.xlsx", bomb, BomMessages.UNPACKED_TOO_LARGE));
    }

    @Test
    void overTheSizeLimitFromBytes() {
        BomFileReader small = new BomFileReader(100);
        byte[] content = ("Qty,Designator,Value\n" + "1,R1,10k\n".repeat(20)).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> small.read("bom.csv", content, null))
                .isInstanceOfSatisfying(BomFileRefused.class, e -> {
                    assertThat(e.key()).isEqualTo(BomMessages.TOO_LARGE);
                    assertThat(e.args()).containsExactly("100");
                });
    }

    @Test
    void fiftyMegabytesAreRefusedWithoutReadingThemAll() {
        CountingStream fiftyMegabytes = new CountingStream(50L * 1024 * 1024);

        assertThatThrownBy(() -> reader.read("huge.csv", fiftyMegabytes, null))
                .isInstanceOfSatisfying(BomFileRefused.class,
                        e -> assertThat(e.key()).isEqualTo(BomMessages.TOO_LARGE));
        assertThat(fiftyMegabytes.served).isLessThanOrEqualTo(BomFileReader.DEFAULT_MAX_BYTES + 1L);
    }

    @Test
    void aStreamWithinTheLimitIsRead() throws IOException {
        byte[] text = "Qty,Designator,Value\n1,R1,10k\n".getBytes(StandardCharsets.UTF_8);

        BomFile bom = reader.read("bom.csv", new java.io.ByteArrayInputStream(text), null);

        assertThat(bom.lines()).hasSize(1);
    }

    private void assertRefused(String filename, byte[] content, String key) {
        Executable read = () -> reader.read(filename, content, null);
        assertThatThrownBy(read::execute)
                .isInstanceOfSatisfying(BomFileRefused.class, e -> {
                    assertThat(e.key()).isEqualTo(key);
                    assertThat(e.getMessage()).isNotBlank().doesNotContain("bom.import");
                });
    }

    static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A workbook-looking zip whose sheet inflates to 80 MiB of spaces (about 80 KB packed). */
    private static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 80; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Rewrites every declared unpacked size in the central directory to 1 KB. */
    private static void lieAboutSizes(byte[] zip) {
        for (int p = 0; p + 46 < zip.length; p++) {
            if (zip[p] == 'P' && zip[p + 1] == 'K' && zip[p + 2] == 1 && zip[p + 3] == 2) {
                zip[p + 24] = 0;
                zip[p + 25] = 4;
                zip[p + 26] = 0;
                zip[p + 27] = 0;
            }
        }
    }

    /** An endless-looking stream of CSV bytes that counts how many it served. */
    private static final class CountingStream extends InputStream {
        private final long size;
        long served;

        CountingStream(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            served++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            Arrays.fill(buffer, offset, offset + n, (byte) 'x');
            served += n;
            return n;
        }
    }
}
