package org.jointline.engineering.internal.bomfile;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which column holds which {@link BomField}. Given to the reader it overrides header detection: a column is
 * named by its header text (compared case-insensitively, ignoring spaces and punctuation) or by its 0-based index.
 * Returned by the reader (in {@link BomFile#mapping()}) every column carries both the header text and the index.
 */
public record ColumnMapping(Map<BomField, Column> columns) {

    public ColumnMapping {
        EnumMap<BomField, Column> copy = new EnumMap<>(BomField.class);
        copy.putAll(Objects.requireNonNull(columns, "columns"));
        copy.values().forEach(c -> Objects.requireNonNull(c, "column"));
        columns = Collections.unmodifiableMap(copy);
    }

    public static ColumnMapping empty() {
        return new ColumnMapping(Map.of());
    }

    /** A copy with {@code field} mapped to {@code column}. */
    public ColumnMapping with(BomField field, Column column) {
        EnumMap<BomField, Column> copy = new EnumMap<>(BomField.class);
        copy.putAll(columns);
        copy.put(field, column);
        return new ColumnMapping(copy);
    }

    /** The column of {@code field}, or null when the file has none. */
    public Column column(BomField field) {
        return columns.get(field);
    }

    public boolean has(BomField field) {
        return columns.containsKey(field);
    }

    /** One column: its header text, its 0-based index, or (once resolved) both. */
    public record Column(String header, Integer index) {

        public Column {
            if (header != null && header.isBlank()) {
                header = null;
            }
            if (header == null && index == null) {
                throw new IllegalArgumentException("a column needs a header name or an index");
            }
            if (index != null && index < 0) {
                throw new IllegalArgumentException("column index must be 0 or more: " + index);
            }
        }

        public static Column named(String header) {
            return new Column(Objects.requireNonNull(header, "header"), null);
        }

        public static Column at(int index) {
            return new Column(null, index);
        }
    }
}
