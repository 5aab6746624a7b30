package org.jointline.supply.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** What supply's PDFs share: a font that writes Romanian and Ukrainian, and QR codes drawn as vector squares. */
@Component
public class Pdfs {

    private final List<Path> fonts;

    Pdfs(@Value("${jointline.supply.pdf-fonts:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf,/usr/share/fonts/TTF/DejaVuSans.ttf,/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf}")
         String fonts) {
        this.fonts = java.util.Arrays.stream(fonts.split(",")).map(String::strip).filter(f -> !f.isEmpty()).map(Path::of).toList();
    }

    /** The first font file that exists, embedded; Helvetica (Latin only) when there is none. */
    public PDFont font(PDDocument pdf) {
        try {
            for (Path path : fonts) {
                if (Files.isReadable(path)) {
                    return PDType0Font.load(pdf, path.toFile());
                }
            }
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text, with what the font cannot write replaced by '?'. */
    public static String writable(PDFont font, String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            try {
                font.encode(c);
                out.append(c);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    public static void text(PDPageContentStream stream, PDFont font, float size, float x, float y, String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(writable(font, text));
        stream.endText();
    }

    /** Draws a QR code of {@code payload} with its lower-left corner at (x, y), {@code size} points wide. */
    public static void qr(PDPageContentStream stream, String payload, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + payload.length() + " characters", e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    stream.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        stream.fill();
    }
}
