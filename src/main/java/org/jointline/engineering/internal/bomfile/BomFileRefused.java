package org.jointline.engineering.internal.bomfile;

import java.util.List;

/**
 * The file as a whole is not a BOM the reader can use (too large, not a spreadsheet, no header, damaged...).
 * {@link #getMessage()} is the English text; {@link #key()} and {@link #args()} are for the UI.
 */
public class BomFileRefused extends RuntimeException {

    private final String key;
    private final List<String> args;

    public BomFileRefused(String key, String... args) {
        this(null, key, args);
    }

    public BomFileRefused(Throwable cause, String key, String... args) {
        super(BomMessages.english(key, List.of(args)), cause);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }
}
