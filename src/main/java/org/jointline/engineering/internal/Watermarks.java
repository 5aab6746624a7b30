package org.jointline.engineering.internal;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Calendar;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Watermarks inside binary documents: a PDF gets the text on every page (bottom margin) and in its document
 * information (Subject, Keywords and a custom {@code JointlineWatermark} entry); a PNG or JPEG gets the text drawn
 * along its bottom edge and is encoded again in the same format. Other binary formats cannot be marked.
 */
public final class Watermarks {

    public static final String PDF = ContentTypes.PDF;
    public static final String PNG = ContentTypes.PNG;
    public static final String JPEG = ContentTypes.JPEG;
    private static final Set<String> BINARY = Set.of(PDF, PNG, JPEG);
    private static final List<Path> UNICODE_FONTS = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path.of("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"));

    private Watermarks() {
    }

    /** Whether a binary document of this type is marked inside (text formats get a first line instead). */
    public static boolean binary(String contentType) {
        return contentType != null && BINARY.contains(base(contentType));
    }

    /** The content with the text inside it. */
    public static byte[] mark(String contentType, InputStream content, String text) throws IOException {
        byte[] bytes = content.readAllBytes();
        return switch (base(contentType)) {
            case PDF -> pdf(bytes, text);
            case PNG -> image(bytes, text, "png");
            case JPEG -> image(bytes, text, "jpeg");
            default -> throw new IllegalArgumentException("cannot watermark " + contentType);
        };
    }

    private static byte[] pdf(byte[] bytes, String text) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFont font = font(document);
            String shown = font instanceof PDType0Font ? text : ascii(text);
            for (PDPage page : document.getPages()) {
                PDRectangle box = page.getCropBox();
                float size = Math.max(6f, Math.min(9f, box.getWidth() / (shown.length() * 0.55f)));
                try (PDPageContentStream stream = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.setNonStrokingColor(0.8f, 0f, 0f);
                    stream.newLineAtOffset(box.getLowerLeftX() + 12, box.getLowerLeftY() + 10);
                    stream.showText(shown);
                    stream.endText();
                }
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setSubject(text);
            info.setKeywords(text);
            info.setCustomMetadataValue("JointlineWatermark", text);
            info.setModificationDate(Calendar.getInstance());
            document.setDocumentInformation(info);
            ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 4096);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDFont font(PDDocument document) throws IOException {
        for (Path path : UNICODE_FONTS) {
            if (Files.isReadable(path)) {
                return PDType0Font.load(document, path.toFile());
            }
        }
        return new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    }

    /** Without a Unicode font: letters without their accents, anything else outside ASCII as '?'. */
    private static String ascii(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^\\x20-\\x7E]", "?");
    }

    private static byte[] image(byte[] bytes, String text, String format) throws IOException {
        BufferedImage original = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        if (original == null) {
            throw new IOException("not a readable " + format + " image");
        }
        boolean alpha = format.equals("png") && original.getColorModel().hasAlpha();
        BufferedImage marked = new BufferedImage(original.getWidth(), original.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = marked.createGraphics();
        try {
            g.drawImage(original, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int size = Math.max(9, Math.min(18, original.getWidth() / Math.max(1, text.length() / 2 + 4)));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
            int band = size + 8;
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
            g.setColor(Color.WHITE);
            g.fillRect(0, Math.max(0, original.getHeight() - band), original.getWidth(), band);
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(new Color(180, 0, 0));
            g.drawString(text, 4, original.getHeight() - 5);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 4096);
        if (!ImageIO.write(marked, format, out)) {
            throw new IOException("no " + format + " writer");
        }
        return out.toByteArray();
    }

    private static String base(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
