package org.jointline.engineering.internal.bomfile;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reader on real exports in ../shared/data/bom (see ../shared/data/README.md). The expected figures were
 * counted from the files themselves (sheet XML and CSV read separately), not copied from the reader's output.
 */
class RealBomFilesTests {

    private static final Path BOMS = Path.of("../shared/data/bom");
    private static final String CERAMIC_CAPACITOR = "\u9676\u74F7\u7535\u5BB9"; // 陶瓷电容

    private final BomFileReader reader = new BomFileReader();

    @BeforeEach
    void needsTheSharedData() {
        Assumptions.assumeTrue(Files.isDirectory(BOMS),
                "../shared/data/bom is absent (a clone without the shared data): skipping the real BOM file tests");
    }

    @Test
    void espDroneMainboardHasFortyThreeLinesTwoOfThemNotPlaced() throws IOException {
        BomFile bom = read("esp-drone/ESP32-S2-Drone_V1.2_mainboard_BOM.xlsx");

        assertThat(bom.format()).isEqualTo(BomFileFormat.XLSX);
        assertThat(bom.sheetName()).isEqualTo("ESP32-S2-Drone");
        assertThat(bom.headerRow()).isEqualTo(2);
        assertThat(bom.lines()).hasSize(43);
        assertThat(bom.totalQuantity()).isEqualByComparingTo("100");
        assertThat(bom.problems()).isEmpty();
        assertThat(bom.lines().stream().mapToInt(l -> l.designators().size()).sum()).isEqualTo(93);
        assertThat(bom.lines().stream().filter(BomFileLine::doNotPlace).map(BomFileLine::row)).containsExactly(9, 20);
    }

    @Test
    void espDroneMainboardKeepsChineseTextAndDesignators() throws IOException {
        BomFile bom = read("esp-drone/ESP32-S2-Drone_V1.2_mainboard_BOM.xlsx");

        BomFileLine first = line(bom, 3);
        assertThat(first.designators()).containsExactly("C1", "C3", "C10", "C11", "C12", "C14", "C15", "C16");
        assertThat(first.quantity()).isEqualByComparingTo("8");
        assertThat(first.description().getBytes(StandardCharsets.UTF_8))
                .isEqualTo(CERAMIC_CAPACITOR.getBytes(StandardCharsets.UTF_8));
        BomFileLine diodes = line(bom, 10);
        assertThat(diodes.mpn()).isEqualTo("1N4148WT");
        assertThat(diodes.manufacturer()).isEqualTo("\u957F\u7535\u79D1\u6280"); // 长电科技
        assertThat(diodes.packageName()).isEqualTo("SOD523");
        BomFileLine imu = line(bom, 39);
        assertThat(imu.designators()).containsExactly("U7");
        assertThat(imu.mpn()).isEqualTo("MPU-6050");
        assertThat(imu.description()).isEqualTo("6\u8F74\u8FD0\u52A8\u4F20\u611F\u5668IC"); // 6轴运动传感器IC
    }

    @Test
    void espDroneMainboardDoNotPlaceRowsAndLooseParts() throws IOException {
        BomFile bom = read("esp-drone/ESP32-S2-Drone_V1.2_mainboard_BOM.xlsx");

        BomFileLine notPlaced = line(bom, 9);
        assertThat(notPlaced.quantity()).isEqualByComparingTo("0");
        assertThat(notPlaced.designators()).containsExactly("C23", "C24");
        assertThat(notPlaced.value()).isEqualTo("0.1uF/10V(NC)");
        assertThat(notPlaced.notes()).isEqualTo("\u4E0D\u8D34\u4EF6"); // 不贴件
        // rows 41-45: battery, motors, propellers, seals; "非贴片物料" (not a PCB part) instead of designators
        BomFileLine battery = line(bom, 41);
        assertThat(battery.designatorText()).isEqualTo("\u975E\u8D34\u7247\u7269\u6599");
        assertThat(battery.designators()).isEmpty();
        assertThat(battery.value()).isEqualTo("\u65E0\u4EBA\u673A\u9502\u7535\u6C60"); // 无人机锂电池
        assertThat(battery.packageName()).as("NA is a placeholder").isNull();
        assertThat(bom.lines().subList(38, 43)).extracting(l -> l.quantity().intValue()).containsExactly(1, 4, 2, 2, 4);
    }

    @Test
    void espDroneFlowDeckIsReadFromItsBomSheetNotTheChangelog() throws IOException {
        BomFile bom = read("esp-drone/ESP32-S2-Drone_FlowDeck_BOM.xlsx");

        assertThat(bom.sheetName()).isEqualTo("BOM");
        assertThat(bom.headerRow()).isEqualTo(2);
        assertThat(bom.lines()).hasSize(12);
        assertThat(bom.totalQuantity()).isEqualByComparingTo("31");
        assertThat(bom.problems()).isEmpty();
        assertThat(line(bom, 4).designators())
                .containsExactly("1C2", "1C4", "1C6", "2C1", "2C2", "2C3", "2C6", "1C10", "1C11");
        BomFileLine flow = line(bom, 9);
        assertThat(flow.designators()).containsExactly("1U1");
        assertThat(flow.mpn()).isEqualTo("PMW3901MB-TXQT");
        assertThat(flow.manufacturer()).isEqualTo("PixArt Imaging");
        assertThat(flow.description()).isEqualTo("\u5149\u6D41\u4F20\u611F\u5668"); // 光流传感器
        assertThat(flow.notes()).isEqualTo("\u9700\u540C\u65F6\u91C7\u8D2D\u914D\u5957\u955C\u5934");
        BomFileLine unspecified = line(bom, 3);
        assertThat(unspecified.mpn()).as("未指定 (unspecified) is a placeholder").isNull();
        assertThat(unspecified.rawCells()).containsEntry("Manufacturer Part #", "\u672A\u6307\u5B9A");
    }

    @Test
    void pixhawkFmuAltiumExport() throws IOException {
        BomFile bom = read("pixhawk/FMUv3_REV_D_BOM.xlsx");

        assertThat(bom.headerRow()).isEqualTo(1);
        assertThat(bom.lines()).hasSize(53);
        assertThat(bom.totalQuantity()).isEqualByComparingTo("151");
        assertThat(bom.lines().stream().mapToInt(l -> l.designators().size()).sum()).isEqualTo(151);
        assertThat(bom.problems()).isEmpty();
        assertThat(bom.mapping().column(BomField.MPN).header()).isEqualTo("Manufacturer Part Number 1");
        assertThat(bom.mapping().column(BomField.PACKAGE).header()).isEqualTo("Footprint");
        BomFileLine decoupling = line(bom, 2);
        assertThat(decoupling.designators()).hasSize(25).startsWith("C1001").endsWith("C10002");
        assertThat(decoupling.mpn()).isEqualTo("CC0402ZRY5V7BB104");
        assertThat(decoupling.manufacturer()).isEqualTo("Yageo");
        assertThat(line(bom, 45).mpn()).isEqualTo("MPU-6000");
        assertThat(line(bom, 52).designators()).containsExactly("U$2");
        assertThat(line(bom, 52).mpn()).isEqualTo("DF40C(2.0)-20DS-0.4V(51)");
    }

    @Test
    void pixhawkImuAltiumExport() throws IOException {
        BomFile bom = read("pixhawk/IMUv3_REV_C_BOM.xlsx");

        assertThat(bom.headerRow()).isEqualTo(1);
        assertThat(bom.lines()).hasSize(12);
        assertThat(bom.totalQuantity()).isEqualByComparingTo("23");
        assertThat(bom.problems()).isEmpty();
        assertThat(line(bom, 8).designators()).containsExactly("Nut 1", "Nut 2", "Nut 3", "Nut 4");
        assertThat(line(bom, 8).mpn()).isEqualTo("PEM-SMTSO-M1.6-2-ET");
        assertThat(line(bom, 12).mpn()).isEqualTo("MPU-6000");
        assertThat(line(bom, 12).designators()).containsExactly("U3");
    }

    @Test
    void paparazziEagleExportWithUnquotedSemicolons() throws IOException {
        BomFile bom = read("paparazzi/viking_evcu_BOM.csv");

        assertThat(bom.format()).isEqualTo(BomFileFormat.CSV_SEMICOLON);
        assertThat(bom.sheetName()).isNull();
        assertThat(bom.headerRow()).isEqualTo(1);
        assertThat(bom.lines()).hasSize(50);
        assertThat(bom.totalQuantity()).isEqualByComparingTo("245");
        assertThat(bom.mapping().column(BomField.DESIGNATOR).header()).isEqualTo("Parts");
        assertThat(bom.mapping().column(BomField.MPN).header()).isEqualTo("MPN");
        BomFileLine can = line(bom, 33);
        assertThat(can.designators()).containsExactly("IC1", "IC2");
        assertThat(can.mpn()).as("aligned again after joining ' IC2'").isEqualTo("ISO1050DUBR");
        assertThat(line(bom, 23).designators()).containsExactly("C58", "C59");
        assertThat(line(bom, 23).description()).isEqualTo("CAPACITOR; European symbol");
        assertThat(line(bom, 50).designators()).hasSize(43).startsWith("C2", "C6").endsWith("C71");
        assertThat(line(bom, 12).designators()).containsExactly("U$5");
        assertThat(line(bom, 22).mpn()).isEqualTo("TRS3232EQPWRQ1");
    }

    @Test
    void paparazziDoNotPlaceAndTheLineThatCannotBeRealigned() throws IOException {
        BomFile bom = read("paparazzi/viking_evcu_BOM.csv");

        assertThat(bom.lines().stream().filter(BomFileLine::doNotPlace).map(BomFileLine::designators))
                .containsExactly(List.of("JTAG"));
        assertThat(bom.problems()).extracting(BomFileProblem::row, BomFileProblem::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, BomMessages.DELIMITERS_REPAIRED),
                org.assertj.core.groups.Tuple.tuple(51, BomMessages.DESIGNATORS_UNRECOGNISED));
        assertThat(bom.problems().getFirst().args()).containsExactly("31");
        // "TPB1,27" (a 1.27 mm test pad) lost its comma to a semicolon: the columns of line 51 cannot be trusted
        assertThat(line(bom, 51).quantity()).isEqualByComparingTo(new BigDecimal(63));
        assertThat(line(bom, 51).designators()).isEmpty();
    }

    @Test
    void px4PartsDatabaseIsALibraryNotABom() {
        assertThatThrownBy(() -> read("pixhawk/PX4_PARTS_DATABASE.tsv"))
                .isInstanceOf(BomFileRefused.class)
                .extracting(e -> ((BomFileRefused) e).key()).isEqualTo(BomMessages.NO_HEADER);
    }

    @Test
    void espDroneKitListInRestructuredTextIsNotABom() {
        assertThatThrownBy(() -> read("esp-drone/hardware.rst"))
                .isInstanceOf(BomFileRefused.class)
                .extracting(e -> ((BomFileRefused) e).key()).isEqualTo(BomMessages.NO_HEADER);
    }

    private BomFile read(String file) throws IOException {
        Path path = BOMS.resolve(file);
        return reader.read(path.getFileName().toString(), Files.readAllBytes(path), null);
    }

    private static BomFileLine line(BomFile bom, int row) {
        return bom.lines().stream().filter(l -> l.row() == row).findFirst()
                .orElseThrow(() -> new AssertionError("no line for row " + row));
    }
}
