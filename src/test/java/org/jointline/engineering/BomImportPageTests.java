package org.jointline.engineering;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.platform.security.Accounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The BOM import pages: upload form, preview, commit, refusals. */
@JointlineTest
class BomImportPageTests {

    private static final Path MAINBOARD = Path.of("../shared/data/bom/esp-drone/ESP32-S2-Drone_V1.2_mainboard_BOM.xlsx");

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired BomManagement boms;

    private String prefix;

    @BeforeEach
    void prefix() {
        prefix = "BIP" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void theUploadFormExplainsTheFormatsAndOffersTheColumnMapping() throws Exception {
        Document page = page(mvc.perform(get("/boms/imports/new").with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("form#bom-import-form").attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(page.select("form#bom-import-form input[name=_csrf]")).isNotEmpty();
        assertThat(page.select("input[type=file][name=file]")).hasSize(1);
        assertThat(page.select("input[name^=mapping.]").eachAttr("name")).containsExactly("mapping.designator",
                "mapping.quantity", "mapping.value", "mapping.description", "mapping.manufacturer", "mapping.mpn",
                "mapping.package");
        assertThat(page.text()).contains(".xlsx", ".csv", ".tsv", "semicolon", "title rows");
    }

    @Test
    void theMainboardIsUploadedPreviewedAndCommittedAsANewAssembly() throws Exception {
        String preview = upload("ESP32-S2-Drone_V1.2_mainboard_BOM.xlsx", mainboard());
        Document page = page(mvc.perform(get(preview).with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#line-table tbody tr")).hasSize(43);
        assertThat(page.select("#usable-lines").text()).isEqualTo("43");
        assertThat(page.select("#total-quantity").text()).isEqualTo("100");
        assertThat(page.select("#format").text()).isEqualTo("Excel workbook (.xlsx)");
        assertThat(page.select("#line-table tbody td").eachText()).anySatisfy(text -> assertThat(text).matches(".*\\p{IsHan}.*"));
        assertThat(page.select("#line-table .badge").eachText()).contains("DNP", "new part");
        assertThat(page.select("form#commit-form")).hasSize(1);

        String revision = mvc.perform(post(preview + "/commit").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("target", "new").param("assemblyNumber", prefix + "-MAIN").param("assemblyName", "ESP32-S2-Drone main board"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/boms/revisions/*"))
                .andExpect(flash().attribute("flashKey", "bom.import.committed"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(revision).with(as(accounts, "engineer.ro"))).andExpect(status().isOk());

        Document committed = page(mvc.perform(get(preview).with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(committed.select("form#commit-form")).isEmpty();
        assertThat(committed.select("#committed a").attr("href")).isEqualTo(revision);
        assertThat(committed.select("#committed").text()).contains(prefix + "-MAIN");
    }

    @Test
    void aSecondImportIntoTheSameAssemblyShowsThePartsItReuses() throws Exception {
        String csv = "Designator;Qty;Value;MPN\nR1,R2;2;10k;" + prefix + "-RES\nC1;1;100n;\n";
        String first = upload("first.csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(post(first + "/commit").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("target", "new").param("assemblyNumber", prefix + "-A"))
                .andExpect(status().is3xxRedirection());

        String second = upload("second.csv", csv.getBytes(StandardCharsets.UTF_8));
        Document page = page(mvc.perform(get(second).with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#reused-parts").text()).isEqualTo("1");
        assertThat(page.select("#line-table tbody tr").first().text()).contains("reuse", prefix + "-RES");
        assertThat(page.select("#format").text()).isEqualTo("Text, semicolon separated");
    }

    @Test
    void aTextFileThatIsNotABomComesBackWithTheMessageAtTheFileInput() throws Exception {
        byte[] text = "Dear team,\nthe drone flew well today.\nRegards\n".getBytes(StandardCharsets.UTF_8);
        Document page = page(mvc.perform(multipart("/boms/imports").file(new MockMultipartFile("file", "notes.txt", "text/plain", text))
                        .param("mapping.quantity", "Qty").with(as(accounts, "engineer.ro")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#file.is-invalid")).hasSize(1);
        assertThat(page.select("#file-error").text()).isNotBlank();
        assertThat(page.select("#mapping-quantity").attr("value")).isEqualTo("Qty");
    }

    @Test
    void aDisguisedOrMissingFileIsRefusedAtTheFileInput() throws Exception {
        mvc.perform(multipart("/boms/imports").file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .with(as(accounts, "engineer.ro")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        Document missing = page(mvc.perform(multipart("/boms/imports").with(as(accounts, "engineer.ro")).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(missing.select("#file-error").text()).isEqualTo("Choose a file to upload.");
    }

    @Test
    void committingTwiceIsAConflict() throws Exception {
        String preview = upload("twice.csv", "Designator,Qty,Value\nR1,1,10k\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(post(preview + "/commit").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("target", "new").param("assemblyNumber", prefix + "-T1"))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(post(preview + "/commit").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("target", "new").param("assemblyNumber", prefix + "-T2"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("twice.csv", "already been committed");
    }

    @Test
    void aBadOrUnknownAssemblyComesBackWithTheMessageAtTheField() throws Exception {
        String preview = upload("target.csv", "Designator,Qty,Value\nR1,1,10k\n".getBytes(StandardCharsets.UTF_8));
        Document bad = page(mvc.perform(post(preview + "/commit").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("target", "new").param("assemblyNumber", "bad number!"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(bad.select("#assemblyNumber.is-invalid")).hasSize(1);

        Document unknown = page(mvc.perform(post(preview + "/commit").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("target", "existing").param("assemblyItem", prefix + "-NOPE"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(unknown.select("#assemblyItem.is-invalid")).hasSize(1);
        assertThat(unknown.select("#assemblyItem + .invalid-feedback").text()).contains(prefix + "-NOPE");
        assertThat(unknown.select("#target-existing").hasAttr("checked")).isTrue();

        String taken = upload("taken.csv", "Designator,Qty,Value\nR1,1,10k\n".getBytes(StandardCharsets.UTF_8));
        String draft = mvc.perform(post(taken + "/commit").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("target", "new").param("assemblyNumber", prefix + "-TAKEN"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Document duplicate = page(mvc.perform(post(preview + "/commit").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("target", "new").param("assemblyNumber", prefix + "-TAKEN"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(duplicate.select("#assemblyNumber.is-invalid")).hasSize(1);

        Document draftExists = page(mvc.perform(post(preview + "/commit").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("target", "existing").param("assemblyItem", prefix + "-TAKEN"))
                .andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
        assertThat(draftExists.select("#assemblyItem + .invalid-feedback").text()).contains("already has a draft revision");

        boms.release(accounts.byUsername("engineer.ro").orElseThrow().actor(),
                BomRevisionId.of(draft.substring(draft.lastIndexOf('/') + 1)), new RevisionRelease(null, null, null));
        mvc.perform(post(preview + "/commit").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("target", "existing").param("assemblyItem", prefix.toLowerCase() + "-taken"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/boms/revisions/*"));
    }

    @Test
    void anotherOrganisationDoesNotSeeThePreview() throws Exception {
        String preview = upload("mine.csv", "Designator,Qty,Value\nR1,1,10k\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(preview).with(as(accounts, "engineer.ua"))).andExpect(status().isNotFound());
        mvc.perform(post(preview + "/commit").with(as(accounts, "engineer.ua")).with(csrf())
                        .param("target", "new").param("assemblyNumber", prefix + "-UA"))
                .andExpect(status().isNotFound());
    }

    /** Uploads through the page and answers the preview URL it redirects to. */
    private String upload(String name, byte[] content) throws Exception {
        return mvc.perform(multipart("/boms/imports").file(new MockMultipartFile("file", name, null, content))
                        .with(as(accounts, "engineer.ro")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/boms/imports/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private static byte[] mainboard() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(MAINBOARD), "../shared/data/bom is absent: the mainboard page test is skipped");
        return Files.readAllBytes(MAINBOARD);
    }

    private static Document page(String html) {
        return Jsoup.parse(html);
    }
}
