package org.jointline.engineering.internal.bomfile;

import java.util.List;

/**
 * Something wrong in one row (or, with row 0, in the file as a whole).
 *
 * @param row      the row as a person sees it: 1-based spreadsheet row or text line; 0 for the whole file
 * @param severity ERROR: the row did not become a line; WARNING: it did, but look at it
 * @param key      message key for the UI, e.g. {@code bom.import.quantity-not-a-number}
 * @param args     the key's arguments, e.g. the raw cell text
 * @param message  English default text, for logs and tests
 */
public record BomFileProblem(int row, Severity severity, String key, List<String> args, String message) {

    public enum Severity { ERROR, WARNING }

    public BomFileProblem {
        args = List.copyOf(args);
    }

    static BomFileProblem error(int row, String key, String... args) {
        return of(row, Severity.ERROR, key, args);
    }

    static BomFileProblem warning(int row, String key, String... args) {
        return of(row, Severity.WARNING, key, args);
    }

    private static BomFileProblem of(int row, Severity severity, String key, String... args) {
        List<String> arguments = List.of(args);
        return new BomFileProblem(row, severity, key, arguments, BomMessages.english(key, arguments));
    }
}
