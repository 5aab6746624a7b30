package org.jointline.engineering.internal.bomfile;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a bill of materials exported from Altium, KiCad, Eagle or written by hand: .xlsx, legacy .xls, or
 * delimited text (comma, semicolon or tab; UTF-8 with or without BOM, UTF-16 with BOM, else windows-1252).
 * The format comes from the content, not the file name. A file that is not a usable BOM is refused with
 * {@link BomFileRefused}; problems in single rows become {@link BomFileProblem}s beside the lines.
 *
 * <p>Thread-safe and stateless apart from its size limit.
 */
public final class BomFileReader {

    public static final int DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
    private static final int LARGEST_LIMIT = Integer.MAX_VALUE - 16;
    private static final List<int[]> KNOWN_BINARY = List.of(
            new int[] {0x89, 'P', 'N', 'G'}, new int[] {0xFF, 0xD8, 0xFF}, new int[] {'G', 'I', 'F', '8'},
            new int[] {'%', 'P', 'D', 'F'}, new int[] {0x1F, 0x8B}, new int[] {'7', 'z', 0xBC, 0xAF});

    private final int maxBytes;

    public BomFileReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes files larger than this are refused before parsing */
    public BomFileReader(int maxBytes) {
        if (maxBytes <= 0 || maxBytes > LARGEST_LIMIT) {
            throw new IllegalArgumentException("maxBytes out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /**
     * @param filename as uploaded; only used to warn when a text file is named like a workbook
     * @param mapping  the columns to use, or null to recognise them by their header names
     */
    public BomFile read(String filename, byte[] content, ColumnMapping mapping) {
        Objects.requireNonNull(content, "content");
        if (content.length > maxBytes) {
            throw new BomFileRefused(BomMessages.TOO_LARGE, String.valueOf(maxBytes));
        }
        LoadedFile file = load(filename, content);
        HeaderDetection.Header header = HeaderDetection.find(file.sheets(), mapping);
        LineInterpreter.Result result = LineInterpreter.interpret(header, file.format());
        List<BomFileProblem> problems = new ArrayList<>(file.warnings());
        problems.addAll(result.problems());
        return new BomFile(file.format(), header.sheet().name(), header.rowNumber(), header.mapping(),
                result.lines(), problems);
    }

    /** Reads at most the size limit plus one byte from {@code in}: a larger stream is refused without reading it all. */
    public BomFile read(String filename, InputStream in, ColumnMapping mapping) throws IOException {
        byte[] content = in.readNBytes(maxBytes + 1);
        if (content.length > maxBytes) {
            throw new BomFileRefused(BomMessages.TOO_LARGE, String.valueOf(maxBytes));
        }
        return read(filename, content, mapping);
    }

    private static LoadedFile load(String filename, byte[] content) {
        if (content.length == 0) {
            throw new BomFileRefused(BomMessages.EMPTY);
        }
        if (ZipDirectory.looksLikeZip(content)) {
            return XlsxSheets.read(content);
        }
        if (XlsSheets.looksLikeOle2(content)) {
            return XlsSheets.read(content);
        }
        if (KNOWN_BINARY.stream().anyMatch(magic -> TextDecoding.startsWith(content, magic))) {
            throw new BomFileRefused(BomMessages.UNSUPPORTED_FORMAT);
        }
        return withNameWarning(filename, TextSheets.read(content));
    }

    private static LoadedFile withNameWarning(String filename, LoadedFile text) {
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
        if (!List.of(".xlsx", ".xlsm", ".xls").contains(extension)) {
            return text;
        }
        List<BomFileProblem> warnings = new ArrayList<>(text.warnings());
        warnings.add(BomFileProblem.warning(0, BomMessages.EXTENSION_MISMATCH, extension, "text"));
        return new LoadedFile(text.format(), text.sheets(), warnings);
    }
}
