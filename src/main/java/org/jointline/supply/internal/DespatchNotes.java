package org.jointline.supply.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.jointline.partners.Facility;
import org.jointline.supply.Shipment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The despatch note that travels with a shipment: parties, lines with lots and serials, the compliance decision. */
@Component
public class DespatchNotes {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private final Pdfs pdfs;
    private final MessageSource messages;

    DespatchNotes(Pdfs pdfs, MessageSource messages) {
        this.pdfs = pdfs;
        this.messages = messages;
    }

    public byte[] write(Shipment shipment, Facility origin, Facility destination, Locale locale) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = pdfs.font(pdf);
            List<String[]> rows = new ArrayList<>();
            for (Shipment.Line line : shipment.lines()) {
                rows.add(new String[]{String.valueOf(line.lineNumber()), line.itemNumber(), line.itemName(),
                        line.lotNumber() == null ? "" : line.lotNumber(), line.quantity().toPlainString()});
                for (int i = 0; i < line.serials().size(); i += 4) {
                    rows.add(new String[]{"", "", String.join("  ", line.serials().subList(i, Math.min(i + 4, line.serials().size()))), "", ""});
                }
            }
            int row = 0;
            int pageNumber = 0;
            while (row < rows.size() || pageNumber == 0) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                pageNumber++;
                try (PDPageContentStream s = new PDPageContentStream(pdf, page)) {
                    float y = header(s, font, shipment, origin, destination, locale, pageNumber);
                    float[] columns = {40, 70, 160, 400, 500};
                    String[] titles = {"#", word("supply.item", locale), word("supply.name", locale), word("supply.lot", locale),
                            word("supply.quantity", locale)};
                    for (int c = 0; c < columns.length; c++) {
                        Pdfs.text(s, font, 9, columns[c], y, titles[c]);
                    }
                    y -= 4;
                    s.moveTo(40, y);
                    s.lineTo(555, y);
                    s.stroke();
                    y -= 14;
                    while (row < rows.size() && y > 110) {
                        String[] cells = rows.get(row++);
                        for (int c = 0; c < cells.length; c++) {
                            Pdfs.text(s, font, cells[0].isEmpty() && c == 2 ? 7 : 9, columns[c], y, cells[c]);
                        }
                        y -= 13;
                    }
                    if (row >= rows.size()) {
                        footer(s, font, locale);
                    }
                }
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float header(PDPageContentStream s, PDFont font, Shipment shipment, Facility origin, Facility destination,
                         Locale locale, int page) throws IOException {
        Pdfs.text(s, font, 18, 40, 790, word("supply.despatch-note", locale) + "  " + shipment.number());
        Pdfs.qr(s, shipment.number(), 495, 735, 60);
        Pdfs.text(s, font, 9, 40, 770, word("supply.dispatched", locale) + ": "
                + (shipment.dispatchedAt() == null ? "—" : DATE.format(shipment.dispatchedAt()) + ", " + shipment.dispatchedBy())
                + "   " + word("supply.page", locale) + " " + page);
        float y = 745;
        y = party(s, font, 40, y, word("supply.from", locale), origin);
        party(s, font, 300, 745, word("supply.to", locale), destination);
        y -= 10;
        String decision = shipment.outcome() == null ? "—" : shipment.outcome().name();
        Pdfs.text(s, font, 9, 40, y, word("supply.compliance-decision", locale) + ": " + decision
                + (shipment.assessment() == null ? "" : "  (" + shipment.assessment() + ")"));
        if (shipment.note() != null) {
            y -= 13;
            Pdfs.text(s, font, 9, 40, y, shipment.note());
        }
        return y - 25;
    }

    private static float party(PDPageContentStream s, PDFont font, float x, float y, String title, Facility f) throws IOException {
        Pdfs.text(s, font, 8, x, y, title);
        Pdfs.text(s, font, 10, x, y - 13, f.organisationName());
        Pdfs.text(s, font, 9, x, y - 25, f.code() + " — " + f.name());
        Pdfs.text(s, font, 9, x, y - 37, (f.address() == null ? "" : f.address() + ", ") + f.city() + ", " + f.country());
        return y - 50;
    }

    private void footer(PDPageContentStream s, PDFont font, Locale locale) throws IOException {
        Pdfs.text(s, font, 9, 40, 90, word("supply.released-by", locale));
        Pdfs.text(s, font, 9, 300, 90, word("supply.received-by", locale));
        s.moveTo(40, 55);
        s.lineTo(250, 55);
        s.moveTo(300, 55);
        s.lineTo(555, 55);
        s.stroke();
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
