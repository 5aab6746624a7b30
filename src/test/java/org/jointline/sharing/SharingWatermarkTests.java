package org.jointline.sharing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jointline.JointlineTest;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentDetails;
import org.jointline.engineering.DocumentKind;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The watermark duty inside binary documents: a PDF carries the recipient and time on every page and in its
 * document information, a PNG or JPEG has it drawn on the image; a format that cannot carry it is refused and
 * the refusal is in the owner's ledger. The recipient (the Romanian ministry) is in the owner's country.
 */
@JointlineTest
class SharingWatermarkTests {

    private static final String MARK = "Downloaded by Col. Dan Ilie (Ministerul Apărării Naționale) at ";

    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired DocumentManagement documents;
    @Autowired SharingAgreements agreements;
    @Autowired AccessLedger ledger;
    @Autowired ProgrammeManagement programmes;
    @Autowired JsonMapper json;
    @Autowired MockMvc mvc;

    Actor engineer;
    Actor steward;
    Actor customer;
    String tag;
    Item part;

    @BeforeEach
    void shared() {
        engineer = actor("engineer.ro");
        steward = actor("steward.ro");
        customer = actor("acceptance.ro");
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        part = items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()), "WM-" + tag,
                "Watermark test", null, ItemKind.PART, UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null));
        ProgrammeId programme = programmes.list(steward, new PageQuery(0, 10, "RO-UA")).items().getFirst().id();
        agreements.grant(steward, new AgreementDraft(programme, "Watermarks " + tag, new OrganisationId(customer.organisationId()),
                new Selection(List.of(part.id()), List.of(), List.of()), json.readTree("""
                        {"permission":[{"action":["view","download"],"duty":["watermark"]}]}""")));
    }

    @Test
    void aPdfCarriesTheMarkOnEveryPageAndInItsDocumentInformation() throws Exception {
        byte[] original;
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.addPage(new PDPage());
            pdf.save(out);
            original = out.toByteArray();
        }
        byte[] downloaded = download(upload("PDF", "drawing.pdf", "application/pdf", original));
        try (PDDocument pdf = Loader.loadPDF(downloaded)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= 2; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(pdf)).contains("Downloaded by Col. Dan Ilie")
                        .containsPattern("at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            }
            assertThat(pdf.getDocumentInformation().getSubject()).startsWith(MARK);
            assertThat(pdf.getDocumentInformation().getCustomMetadataValue("JointlineWatermark")).startsWith(MARK);
        }
    }

    @Test
    void pngAndJpegHaveTheMarkDrawnOnTheImageInTheSameFormat() throws Exception {
        for (String format : List.of("png", "jpeg")) {
            BufferedImage image = new BufferedImage(480, 120, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(20, 90, 200));
            g.fillRect(0, 0, 480, 120);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            String type = "image/" + format;
            byte[] downloaded = download(upload(format.toUpperCase(), "photo." + format, type, out.toByteArray()));

            assertThat(ImageIO.getImageReaders(ImageIO.createImageInputStream(new ByteArrayInputStream(downloaded))).next()
                    .getFormatName().toLowerCase()).isIn(format, "jpg");
            BufferedImage marked = ImageIO.read(new ByteArrayInputStream(downloaded));
            BufferedImage before = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            assertThat(marked.getWidth()).isEqualTo(480);
            assertThat(marked.getHeight()).isEqualTo(120);
            long changed = 0;
            for (int y = 90; y < 120; y++) {
                for (int x = 0; x < 480; x++) {
                    if (distance(marked.getRGB(x, y), before.getRGB(x, y)) > 60) {
                        changed++;
                    }
                }
            }
            assertThat(changed).as(format + ": pixels changed in the bottom band").isGreaterThan(500);
            assertThat(distance(marked.getRGB(240, 20), before.getRGB(240, 20))).as(format + ": top untouched").isLessThan(20);
        }
    }

    @Test
    void aFormatThatCannotCarryTheMarkIsRefusedAndTheRefusalIsRecorded() throws Exception {
        Document step = upload("STEP", "bracket.step", "model/step",
                "ISO-10303-21;\nHEADER;\nENDSEC;\nDATA;\nENDSEC;\nEND-ISO-10303-21;\n".getBytes(StandardCharsets.US_ASCII));
        mvc.perform(get("/api/v1/documents/" + step.id() + "/versions/1/content").with(as(accounts, "acceptance.ro")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.reasons[0]").value("watermark-not-possible:model/step"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("model/step")));
        assertThat(ledger.entries(steward, LedgerQuery.all(), new PageQuery(0, 50, step.number())).items())
                .filteredOn(e -> e.action().equals("download"))
                .singleElement().satisfies(e -> {
                    assertThat(e.outcome()).isEqualTo("refused");
                    assertThat(e.reasons()).containsExactly("watermark-not-possible:model/step");
                });
    }

    private static int distance(int a, int b) {
        return Math.abs((a >> 16 & 255) - (b >> 16 & 255)) + Math.abs((a >> 8 & 255) - (b >> 8 & 255)) + Math.abs((a & 255) - (b & 255));
    }

    private Document upload(String suffix, String filename, String type, byte[] bytes) {
        Document document = documents.create(engineer, part.id(), new DocumentDetails("WMD-" + tag + "-" + suffix, filename, DocumentKind.OTHER));
        documents.addVersion(engineer, document.id(), filename, type, new ByteArrayInputStream(bytes), null);
        return document;
    }

    private byte[] download(Document document) throws Exception {
        return mvc.perform(get("/api/v1/documents/" + document.id() + "/versions/1/content").with(as(accounts, "acceptance.ro")))
                .andExpect(status().isOk()).andExpect(header().exists("X-Jointline-Watermark"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }
}
