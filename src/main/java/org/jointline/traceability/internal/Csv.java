package org.jointline.traceability.internal;

/** Rows for PostgreSQL's COPY in CSV format: null is an empty unquoted field, text is quoted. */
final class Csv {

    private Csv() {
    }

    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object value = values[i];
            if (value != null) {
                String text = value.toString();
                out.append('"').append(text.indexOf('"') < 0 ? text : text.replace("\"", "\"\"")).append('"');
            }
        }
        out.append('\n');
    }
}
