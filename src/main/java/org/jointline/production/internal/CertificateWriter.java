package org.jointline.production.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jointline.production.Certificate;
import org.jointline.production.Qualification;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes a certificate of conformity as PDF (Apache PDFBox). Words come from the bundles in the reader's
 * language; a Unicode TrueType font (DejaVu Sans where installed) carries Cyrillic and Romanian letters, and
 * without one the text falls back to Helvetica with the letters it cannot show replaced.
 */
@Component
public class CertificateWriter {

    private static final float MARGIN = 50;
    private static final float LEADING = 14;
    private final MessageSource messages;
    private final List<Path> fonts;

    CertificateWriter(MessageSource messages,
                      @Value("${jointline.production.certificate-fonts:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf,/usr/share/fonts/TTF/DejaVuSans.ttf,/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf}")
                      List<Path> fonts) {
        this.messages = messages;
        this.fonts = fonts;
    }

    public byte[] write(Certificate c, Locale locale) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = font(pdf);
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(text("production.certificate.title", locale) + " " + c.deliveryNumber());
            info.setAuthor(c.manufacturer());
            Lines lines = new Lines(pdf, font);
            lines.add(text("production.certificate.title", locale), 16);
            lines.gap();
            lines.add(text("production.certificate.number", locale, c.deliveryNumber()), 10);
            lines.add(text("production.certificate.issued", locale,
                    DateTimeFormatter.ISO_LOCAL_DATE.format(c.issuedAt().atZone(ZoneOffset.UTC))), 10);
            lines.add(text("production.certificate.manufacturer", locale, c.manufacturer(), c.facility()), 10);
            lines.add(text("production.certificate.customer", locale, c.customer()), 10);
            lines.add(text("production.certificate.configuration", locale, c.itemNumber(), c.itemName(), c.revisionLabel()), 10);
            if (c.shipmentNumber() != null) {
                lines.add(text("production.certificate.shipment", locale, c.shipmentNumber(),
                        c.complianceOutcome() == null ? "" : c.complianceOutcome()), 10);
            }
            lines.gap();
            lines.add(text("production.certificate.qualifications", locale), 12);
            if (c.qualifications().isEmpty()) {
                lines.add(text("production.certificate.no-qualification", locale), 10);
            }
            for (Qualification q : c.qualifications()) {
                lines.add("• " + q.basis() + " — " + q.authority() + (q.reference() == null ? "" : " (" + q.reference() + ")")
                        + " · " + q.status() + (q.validUntil() == null ? "" : " · " + text("production.certificate.valid-until", locale, q.validUntil())), 10);
            }
            lines.gap();
            lines.add(text("production.certificate.units", locale, c.units().size()), 12);
            for (Certificate.CertifiedUnit unit : c.units()) {
                lines.add(unit.serial() + "   " + unit.configuration(), 10);
                if (unit.digitalLink() != null) {
                    lines.add("    " + unit.digitalLink(), 8);
                }
                lines.add("    " + text("production.certificate.tests", locale) + " " + String.join("; ", unit.tests()), 8);
            }
            lines.gap();
            lines.add(text("production.certificate.statement", locale, c.manufacturer()), 10);
            lines.close();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    private PDFont font(PDDocument pdf) throws IOException {
        for (Path path : fonts) {
            if (Files.isReadable(path)) {
                return PDType0Font.load(pdf, path.toFile());
            }
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** Text flowing down pages, wrapped at the margin. */
    private static final class Lines {
        private final PDDocument pdf;
        private final PDFont font;
        private PDPageContentStream stream;
        private float y;

        Lines(PDDocument pdf, PDFont font) throws IOException {
            this.pdf = pdf;
            this.font = font;
            newPage();
        }

        void add(String text, float size) throws IOException {
            for (String line : wrap(printable(text), size)) {
                if (y < MARGIN + LEADING) {
                    newPage();
                }
                stream.beginText();
                stream.setFont(font, size);
                stream.newLineAtOffset(MARGIN, y);
                stream.showText(line);
                stream.endText();
                y -= Math.max(LEADING, size + 4);
            }
        }

        void gap() {
            y -= LEADING / 2;
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = page.getMediaBox().getHeight() - MARGIN;
        }

        private List<String> wrap(String text, float size) throws IOException {
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder("    " + word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private String printable(String text) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String ch = new String(Character.toChars(cp));
                try {
                    font.encode(ch);
                    out.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    out.append('?');
                }
            });
            return out.toString();
        }
    }
}
