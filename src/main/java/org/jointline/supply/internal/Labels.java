package org.jointline.supply.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.springframework.stereotype.Component;

/** Label sheets: A4, 3 × 8 labels of 70 × 37 mm, each a QR code with the item, its name and the serial or lot. */
@Component
public class Labels {

    /** One label: what the QR code carries and the lines printed next to it. */
    public record Label(String payload, String title, String subtitle, String key) {
    }

    private static final float MM = 72f / 25.4f;
    private static final int COLUMNS = 3;
    private static final int ROWS = 8;
    private static final float WIDTH = 70 * MM;
    private static final float HEIGHT = 37 * MM;
    private static final float TOP = (297 - 8 * 37) / 2f * MM;

    private final Pdfs pdfs;

    Labels(Pdfs pdfs) {
        this.pdfs = pdfs;
    }

    public byte[] sheet(List<Label> labels) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = pdfs.font(pdf);
            int perPage = COLUMNS * ROWS;
            for (int start = 0; start < Math.max(labels.size(), 1); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                    List<Label> onPage = labels.subList(start, Math.min(start + perPage, labels.size()));
                    for (int i = 0; i < onPage.size(); i++) {
                        float x = (i % COLUMNS) * WIDTH;
                        float y = page.getMediaBox().getHeight() - TOP - (i / COLUMNS + 1) * HEIGHT;
                        draw(stream, font, onPage.get(i), x, y);
                    }
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void draw(PDPageContentStream stream, PDFont font, Label label, float x, float y) throws IOException {
        float qr = 29 * MM;
        Pdfs.qr(stream, label.payload(), x + 4 * MM, y + 4 * MM, qr);
        float textX = x + 36 * MM;
        Pdfs.text(stream, font, 9, textX, y + 28 * MM, label.title());
        Pdfs.text(stream, font, 6, textX, y + 23 * MM, clip(label.subtitle(), 30));
        Pdfs.text(stream, font, 8, textX, y + 14 * MM, clip(label.key(), 22));
        if (label.key() != null && label.key().length() > 22) {
            Pdfs.text(stream, font, 8, textX, y + 10 * MM, clip(label.key().substring(22), 22));
        }
    }

    private static String clip(String text, int length) {
        return text == null ? "" : text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
