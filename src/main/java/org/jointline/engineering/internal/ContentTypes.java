package org.jointline.engineering.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jointline.platform.InvalidInput;

/**
 * Decides the type of an upload from its first bytes, its file name and the type the client declared, in that
 * order of trust:
 * <ol>
 * <li>Content with a signature (PDF {@code %PDF-}, PNG, JPEG, ZIP {@code PK}) is of that type. If the file name's
 * extension or the declared type says something else, the upload is refused as a mismatch: PNG bytes named
 * {@code drawing.pdf} are not a PDF.</li>
 * <li>Content without a signature is what its extension says ({@code .svg}, {@code .txt}, {@code .step},
 * {@code .dxf}, {@code .bin}, {@code .hex}, …), else what the client declared; the text-based types are checked
 * to look like what they claim (text without NUL bytes; an SVG has {@code <svg}; a STEP file starts with
 * {@code ISO-10303-21}). A name or declared type that promises a signature the content lacks is a mismatch.</li>
 * <li>Raw binaries ({@code application/octet-stream}) are accepted for firmware extensions or a name without
 * extension only; any other unknown extension is refused.</li>
 * <li>The result must be in {@code jointline.documents.allowed-types}.</li>
 * </ol>
 * Refusals are {@link InvalidInput} naming the field {@code file}.
 */
public final class ContentTypes {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String SVG = "image/svg+xml";
    public static final String TEXT = "text/plain";
    public static final String ZIP = "application/zip";
    public static final String BINARY = "application/octet-stream";
    public static final String STEP = "model/step";
    public static final String DXF = "application/dxf";

    /** Every type this class can recognise, which is what the allowed list may contain. */
    public static final List<String> KNOWN = List.of(PDF, PNG, JPEG, SVG, TEXT, ZIP, BINARY, STEP, DXF);

    /** How many leading bytes the checks look at. */
    public static final int HEAD = 8192;

    private static final Set<String> SIGNED = Set.of(PDF, PNG, JPEG, ZIP);

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("pdf", PDF), Map.entry("png", PNG), Map.entry("jpg", JPEG), Map.entry("jpeg", JPEG),
            Map.entry("svg", SVG), Map.entry("txt", TEXT), Map.entry("text", TEXT), Map.entry("md", TEXT),
            Map.entry("log", TEXT), Map.entry("csv", TEXT), Map.entry("zip", ZIP),
            Map.entry("bin", BINARY), Map.entry("hex", BINARY), Map.entry("ihex", BINARY), Map.entry("srec", BINARY),
            Map.entry("s19", BINARY), Map.entry("elf", BINARY), Map.entry("uf2", BINARY), Map.entry("dfu", BINARY),
            Map.entry("fw", BINARY), Map.entry("step", STEP), Map.entry("stp", STEP), Map.entry("dxf", DXF));

    /** Other names clients send for the same types. */
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("application/x-pdf", PDF), Map.entry("image/jpg", JPEG), Map.entry("image/pjpeg", JPEG),
            Map.entry("application/x-zip-compressed", ZIP), Map.entry("application/x-zip", ZIP),
            Map.entry("application/step", STEP), Map.entry("model/x-step", STEP), Map.entry("application/x-step", STEP),
            Map.entry("image/vnd.dxf", DXF), Map.entry("image/x-dxf", DXF), Map.entry("application/x-dxf", DXF),
            Map.entry("text/x-markdown", TEXT), Map.entry("text/markdown", TEXT), Map.entry("text/csv", TEXT));

    /** Declared types that say nothing about the content. */
    private static final Set<String> GENERIC = Set.of(BINARY, "binary/octet-stream", "application/x-download",
            "application/force-download", "application/unknown");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] BINARY_DXF = "AutoCAD Binary DXF".getBytes(StandardCharsets.US_ASCII);

    private ContentTypes() {
    }

    /** The type to store and serve the upload as, or a refusal naming {@code file}. */
    public static String decide(String filename, String declared, byte[] head, Collection<String> allowed) {
        String sniffed = sniff(head);
        String byName = EXTENSIONS.get(extension(filename));
        String claimed = normalise(declared);
        String type;
        if (sniffed != null) {
            if (byName != null && !byName.equals(sniffed)) {
                throw mismatch(filename, sniffed, byName);
            }
            if (claimed != null && !claimed.equals(sniffed)) {
                throw mismatch(filename, sniffed, claimed);
            }
            type = sniffed;
        } else {
            if (byName != null && SIGNED.contains(byName)) {
                throw notWhatItSays(filename, byName);
            }
            if (claimed != null && SIGNED.contains(claimed)) {
                throw notWhatItSays(filename, claimed);
            }
            if (byName != null) {
                type = byName;
            } else if (!extension(filename).isEmpty()) {
                type = claimed != null ? claimed : "." + extension(filename);
            } else {
                type = claimed == null ? BINARY : claimed;
            }
            if (!matchesText(type, head)) {
                throw notWhatItSays(filename, type);
            }
        }
        if (!allowed.contains(type)) {
            throw new InvalidInput("file", "documents.type-not-allowed", filename, type, String.join(", ", allowed));
        }
        return type;
    }

    /** The type a signature at the start of the content proves, or {@code null}. */
    static String sniff(byte[] head) {
        if (startsWith(head, PNG_SIGNATURE)) {
            return PNG;
        }
        if (head.length >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && (head[2] == 3 && head[3] == 4 || head[2] == 5 && head[3] == 6 || head[2] == 7 && head[3] == 8)) {
            return ZIP;
        }
        // PDF readers accept the header anywhere in the first 1024 bytes.
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            return PDF;
        }
        return null;
    }

    private static boolean matchesText(String type, byte[] head) {
        return switch (type) {
            case TEXT -> looksLikeText(head);
            case SVG -> looksLikeText(head) && ascii(head).toLowerCase(Locale.ROOT).contains("<svg");
            case STEP -> looksLikeText(head) && ascii(head).stripLeading().startsWith("ISO-10303-21");
            case DXF -> startsWith(head, BINARY_DXF) || looksLikeText(head);
            default -> true;
        };
    }

    /** Text in any ASCII-compatible encoding: no NUL bytes and hardly any other control characters. */
    static boolean looksLikeText(byte[] head) {
        int controls = 0;
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
            if (b > 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
                controls++;
            }
        }
        return controls * 100 <= head.length;
    }

    private static String extension(String filename) {
        int dot = filename.lastIndexOf('.');
        return dot <= 0 || dot == filename.length() - 1 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String normalise(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String type = declared.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (type.isEmpty() || GENERIC.contains(type)) {
            return null;
        }
        return ALIASES.getOrDefault(type, type);
    }

    private static String ascii(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        return text.startsWith("\u00ef\u00bb\u00bf") ? text.substring(3) : text;
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        return head.length >= prefix.length && indexOf(head, prefix, 1) == 0;
    }

    private static int indexOf(byte[] head, byte[] needle, int within) {
        int last = Math.min(head.length - needle.length, within - 1);
        outer:
        for (int i = 0; i <= last; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (head[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static InvalidInput mismatch(String filename, String actual, String claimed) {
        return new InvalidInput("file", "documents.type-mismatch", filename, actual, claimed);
    }

    private static InvalidInput notWhatItSays(String filename, String claimed) {
        return new InvalidInput("file", "documents.content-not-type", filename, claimed);
    }
}
