package org.jointline.engineering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jointline.JointlineTest;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** BOM import through the API, with the real files of ../shared/data/bom. */
@JointlineTest
class BomImportTests {

    private static final Path BOMS = Path.of("../shared/data/bom");

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired BomManagement boms;
    @Autowired ItemManagement items;

    private String prefix;

    @BeforeEach
    void prefix() {
        prefix = "I" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "esp-drone/ESP32-S2-Drone_V1.2_mainboard_BOM.xlsx, 43, 100",
            "esp-drone/ESP32-S2-Drone_FlowDeck_BOM.xlsx, 12, 31",
            "pixhawk/FMUv3_REV_D_BOM.xlsx, 53, 151",
            "pixhawk/IMUv3_REV_C_BOM.xlsx, 12, 23",
            "paparazzi/viking_evcu_BOM.csv, 50, 245"})
    void importsEveryRealBomWithItsLinesAndQuantities(String file, int lines, int quantity) throws Exception {
        JsonNode preview = upload(file, read(file));
        assertThat(preview.get("lines")).hasSize(lines);
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode line : preview.get("lines")) {
            total = total.add(line.get("quantity").decimalValue());
        }
        assertThat(total).isEqualByComparingTo(String.valueOf(quantity));

        JsonNode committed = commit(preview, "{\"assemblyNumber\":\"" + prefix + "-ASM\",\"assemblyName\":\"" + file + "\"}");
        BomRevisionId revision = BomRevisionId.of(committed.get("revisionId").asString());
        List<BomLine> stored = boms.lines(engineer(), revision);
        assertThat(stored).hasSize(lines);
        assertThat(stored.stream().map(BomLine::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(String.valueOf(quantity));
    }

    @Test
    void keepsChineseDescriptionsAndMarksDoNotPlaceLines() throws Exception {
        String file = "esp-drone/ESP32-S2-Drone_V1.2_mainboard_BOM.xlsx";
        JsonNode preview = upload(file, read(file));
        List<String> descriptions = new ArrayList<>();
        preview.get("lines").forEach(l -> descriptions.add(l.path("description").asString("")));
        assertThat(descriptions).anySatisfy(d -> assertThat(d).matches(".*\\p{IsHan}.*"));
        assertThat(preview.get("lines").valueStream().filter(l -> l.get("doNotPlace").asBoolean())).isNotEmpty();
    }

    @Test
    void aSecondImportReusesThePartsKnownByMpn() throws Exception {
        String file = "pixhawk/IMUv3_REV_C_BOM.xlsx";
        commit(upload(file, read(file)), "{\"assemblyNumber\":\"" + prefix + "-IMU1\"}");
        long before = itemCount();
        JsonNode second = upload(file, read(file));
        long withMpn = second.get("lines").valueStream().filter(l -> l.hasNonNull("mpn")).count();
        long reused = second.get("lines").valueStream().filter(l -> l.hasNonNull("existingItemId")).count();
        assertThat(reused).isEqualTo(withMpn).isPositive();
        commit(second, "{\"assemblyNumber\":\"" + prefix + "-IMU2\"}");
        long created = itemCount() - before;
        assertThat(created).as("only the assembly and parts without an MPN are new").isEqualTo(1 + newPartsWithoutMpn(second));
    }

    @Test
    void buildsTheEspDroneAsAThreeLevelEndItemFromItsKitList() throws Exception {
        String file = "esp-drone/ESP32-S2-Drone_V1.2_mainboard_BOM.xlsx";
        JsonNode mainboard = commit(upload(file, read(file)), "{\"assemblyNumber\":\"" + prefix + "-MAINBOARD\",\"assemblyName\":\"ESP32-S2-Drone V1.2 main board\"}");
        ItemId board = ItemId.of(mainboard.get("assemblyId").asString());
        Actor engineer = engineer();
        OrganisationId owner = new OrganisationId(engineer.organisationId());
        Item drone = items.create(engineer, new ItemDetails(owner, prefix + "-ESP-DRONE", "ESP32-S2-Drone V1.2", null,
                ItemKind.END_ITEM, UnitOfMeasure.EA, Tracking.SERIAL, null, null, List.of(), null));
        BomRevision revision = boms.startRevision(engineer, drone.id(), "Kit list of hardware.rst");
        List<BomLineDetails> kit = new ArrayList<>();
        for (KitLine line : kitList()) {
            ItemId component = line.name().equals("Main board") ? board : items.create(engineer, new ItemDetails(owner,
                    prefix + "-" + line.name().replaceAll("[^A-Za-z0-9]+", "-"), line.name(), null, ItemKind.PART,
                    UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null)).id();
            kit.add(new BomLineDetails(component, new BigDecimal(line.quantity()), null, List.of(), null, false, List.of()));
        }
        boms.addLines(engineer, revision.id(), kit);
        boms.release(engineer, revision.id(), new RevisionRelease(null, null, null));

        Explosion explosion = boms.explode(engineer, drone.id(), null, null, null);
        assertThat(explosion.rows().stream().mapToInt(ExplosionRow::level).max().orElse(0)).isEqualTo(2);
        assertThat(explosion.rows()).filteredOn(r -> r.level() == 1).hasSize(8);
        assertThat(explosion.rows()).filteredOn(r -> r.level() == 2).hasSize(43);
        assertThat(explosion.rows()).filteredOn(r -> r.level() == 1 && r.name().equals("716 motor"))
                .singleElement().satisfies(r -> assertThat(r.extendedQuantity()).isEqualByComparingTo("4"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"hardware.rst", "empty.csv", "no-header.csv", "disguised.xlsx", "random.bin"})
    void refusesWhatIsNotABomAndStoresNothing(String name) throws Exception {
        long imports = importCount();
        mvc.perform(multipart("/api/v1/boms/imports").file(new MockMultipartFile("file", name, null, badFile(name)))
                        .with(as(accounts, "engineer.ro")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        assertThat(importCount()).isEqualTo(imports);
    }

    @Test
    void refusesAFiftyMegabyteFile() throws Exception {
        long imports = importCount();
        byte[] big = new byte[50 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        int status = mvc.perform(multipart("/api/v1/boms/imports").file(new MockMultipartFile("file", "big.csv", "text/csv", big))
                .with(as(accounts, "engineer.ro"))).andReturn().getResponse().getStatus();
        assertThat(status).isIn(413, 422);
        assertThat(importCount()).isEqualTo(imports);
    }

    @Test
    void aQuantityThatIsNotANumberIsAProblemWithItsRow() throws Exception {
        String csv = "Title of the board\n\nDesignator;Qty;Value;MPN\nR1;1;10k;RC0402-10K\nR2;abc;10k;RC0402-10K\nC1;2;100n;GRM155\n";
        JsonNode preview = upload("bad-qty.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.get("lines")).hasSize(2);
        assertThat(preview.get("problems").valueStream().filter(p -> p.get("severity").asString().equals("ERROR")))
                .singleElement().satisfies(p -> assertThat(p.get("row").asInt()).isEqualTo(5));
    }

    @Test
    void aCommitThatFailsLeavesNothingBehind() throws Exception {
        JsonNode preview = upload("ok.csv", "Designator,Qty,Value,MPN\nR1,1,10k,X-1\n".getBytes(StandardCharsets.UTF_8));
        long before = itemCount();
        mvc.perform(post("/api/v1/boms/imports/" + preview.get("id").asString() + "/commit").with(as(accounts, "engineer.ro"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assemblyNumber\":\"bad number!\"}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/boms/imports/" + preview.get("id").asString() + "/commit").with(as(accounts, "engineer.ro"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("assemblyNumber"));
        assertThat(itemCount()).isEqualTo(before);
    }

    @Test
    void anotherOrganisationCannotSeeOrCommitAnImport() throws Exception {
        JsonNode preview = upload("mine.csv", "Designator,Qty,Value\nR1,1,10k\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(post("/api/v1/boms/imports/" + preview.get("id").asString() + "/commit").with(as(accounts, "engineer.ua"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"assemblyNumber\":\"UA-1\"}"))
                .andExpect(status().isNotFound());
    }

    private JsonNode upload(String name, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/api/v1/boms/imports").file(new MockMultipartFile("file", name, null, content))
                        .with(as(accounts, "engineer.ro")))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    private JsonNode commit(JsonNode preview, String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/boms/imports/" + preview.get("id").asString() + "/commit")
                        .with(as(accounts, "engineer.ro")).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    private static byte[] read(String file) throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(BOMS), "../shared/data/bom is absent: the real-file import tests are skipped");
        return Files.readAllBytes(BOMS.resolve(file));
    }

    private record KitLine(String name, int quantity) {
    }

    /** The first "Basic Component List" table of hardware.rst (reStructuredText), ESP32-S2-Drone V1.2. */
    private static List<KitLine> kitList() throws IOException {
        String rst = new String(read("esp-drone/hardware.rst"), StandardCharsets.UTF_8);
        String table = rst.substring(rst.indexOf("Basic Component List                Number"));
        table = table.substring(table.indexOf('\n', table.indexOf("=====")) + 1);
        List<KitLine> lines = new ArrayList<>();
        Matcher row = Pattern.compile("^(\\S.*?)\\s{2,}(\\d+)\\b.*$", Pattern.MULTILINE).matcher(table.substring(0, table.indexOf("=====")));
        while (row.find()) {
            lines.add(new KitLine(row.group(1).strip(), Integer.parseInt(row.group(2))));
        }
        return lines;
    }

    private static byte[] badFile(String name) throws IOException {
        return switch (name) {
            case "hardware.rst" -> read("esp-drone/hardware.rst");
            case "empty.csv" -> new byte[0];
            case "no-header.csv" -> "just,some,words\nand,more,words\n".getBytes(StandardCharsets.UTF_8);
            case "disguised.xlsx" -> zip();
            default -> new byte[] {0x13, 0x07, (byte) 0xff, 0x00, 0x42, 0x01};
        };
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private long newPartsWithoutMpn(JsonNode preview) {
        return preview.get("lines").valueStream().filter(l -> !l.hasNonNull("mpn")).map(l -> l.get("itemNumber").asString()).distinct().count();
    }

    private Actor engineer() {
        return accounts.byUsername("engineer.ro").orElseThrow().actor();
    }

    private long itemCount() {
        return jdbc.sql("SELECT count(*) FROM engineering.item").query(Long.class).single();
    }

    private long importCount() {
        return jdbc.sql("SELECT count(*) FROM engineering.bom_import").query(Long.class).single();
    }
}
