package org.jointline.supply;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Label sheets carry a QR code a scanner reads back to the serial; despatch notes list what leaves. */
@JointlineTest
class SupplyDocumentTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired SerialManagement serials;
    @Autowired ShipmentManagement shipments;

    @Test
    void aLabelsQrCodeScansBackToItsSerial() throws Exception {
        Actor buyer = accounts.byUsername("buyer.ro").orElseThrow().actor();
        Item motor = items.byNumber(buyer, "CAS-3002", null).orElseThrow();
        byte[] pdf = mvc.perform(get("/api/v1/supply/labels").param("item", motor.id().toString())
                        .param("serial", "MOT-BRV-0007", "MOT-BRV-0008").with(as(accounts, "buyer.ro")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("SN MOT-BRV-0007", "CAS-3002");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            BufferedImage first = page.getSubimage(0, 0, page.getWidth() / 3, page.getHeight() / 8 + 40);
            int[] pixels = first.getRGB(0, 0, first.getWidth(), first.getHeight(), null, 0, first.getWidth());
            String scanned = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(first.getWidth(), first.getHeight(), pixels)))).getText();
            assertThat(scanned).isEqualTo("CAS-3002|S|MOT-BRV-0007");
            assertThat(serials.find(buyer, scanned)).singleElement().satisfies(s -> assertThat(s.serial()).isEqualTo("MOT-BRV-0007"));
        }
    }

    @Test
    void theDespatchNoteListsTheShipment() throws Exception {
        Actor buyer = accounts.byUsername("buyer.ro").orElseThrow().actor();
        Shipment shipment = shipments.list(buyer, ShipmentStatus.DRAFT, new PageQuery(0, 5, null)).items().getLast();
        byte[] pdf = mvc.perform(get("/api/v1/supply/shipments/{id}/despatch-note", shipment.id()).with(as(accounts, "buyer.ro")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(shipment.number(), "CAS-3001", "FR-BRV-2611B", "Lviv", "Brașov");
        }
        assertThat(List.of(pdf.length)).allMatch(n -> n > 1000);
    }
}
