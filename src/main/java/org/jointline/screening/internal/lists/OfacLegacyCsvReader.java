package org.jointline.screening.internal.lists;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import org.jointline.screening.ListFile;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The US Treasury OFAC SDN list in its legacy CSV form: no header, {@code -0-} for empty, three files told apart by
 * their shape: the entries (12 columns), the aliases (5 columns, a.k.a./f.k.a./n.k.a.) and the addresses
 * (6 columns). Dates of birth, nationalities and identifiers are read out of the remarks.
 */
final class OfacLegacyCsvReader implements ListReader {

    private enum Part { ENTRIES, ALIASES, ADDRESSES }

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
    private static final Pattern DOB = Pattern.compile("DOB ([^;.]+)");
    private static final Pattern NATIONALITY = Pattern.compile("(?:nationality|citizen) ([^;.]+)");
    private static final Pattern IDENTIFIER = Pattern.compile(
            "((?:Passport|National ID No\\.|Tax ID No\\.|Registration ID|Identification Number|Cedula No\\.|IMO|"
                    + "MSB Registration Number|SWIFT/BIC|Company Number|NIT #|RFC|C\\.U\\.I\\.T\\.) [^;]+)");

    @Override
    public boolean recognises(List<ListFile> files) {
        return files.stream().allMatch(f -> part(f) != null) && files.stream().anyMatch(f -> part(f) == Part.ENTRIES);
    }

    @Override
    public ParsedList read(List<ListFile> files) {
        Map<Part, ListFile> parts = new EnumMap<>(Part.class);
        for (ListFile file : files) {
            if (parts.put(part(file), file) != null) {
                throw new ListRefused("screening.import.duplicate-part", file.filename());
            }
        }
        Map<String, Builder> entries = new LinkedHashMap<>();
        for (CSVRecord r : records(parts.get(Part.ENTRIES), 12)) {
            entries.put(value(r, 0), new Builder(r));
        }
        if (parts.containsKey(Part.ALIASES)) {
            for (CSVRecord r : records(parts.get(Part.ALIASES), 5)) {
                Builder entry = entries.get(value(r, 0));
                if (entry != null && !value(r, 3).isEmpty()) {
                    entry.aliases.add(value(r, 3));
                }
            }
        }
        if (parts.containsKey(Part.ADDRESSES)) {
            for (CSVRecord r : records(parts.get(Part.ADDRESSES), 6)) {
                Builder entry = entries.get(value(r, 0));
                if (entry != null) {
                    String line = String.join(", ", nonEmpty(value(r, 2), value(r, 3), value(r, 4)));
                    if (!line.isEmpty()) {
                        entry.addresses.add(line);
                    }
                    if (!value(r, 4).isEmpty()) {
                        entry.countries.add(value(r, 4));
                    }
                }
            }
        }
        return new ParsedList("OFAC-SDN", "OFAC SDN legacy CSV", entries.values().stream().map(Builder::build).toList());
    }

    private static Part part(ListFile file) {
        String head = ListFormats.head(file, 4000);
        int end = head.indexOf('\n');
        if (end < 0) {
            return null;
        }
        try (CSVParser parser = CSV.parse(new StringReader(head.substring(0, end)))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() != 1 || !value(records.get(0), 0).matches("\\d+")) {
                return null;
            }
            CSVRecord r = records.get(0);
            return switch (r.size()) {
                case 12 -> Part.ENTRIES;
                case 5 -> value(r, 2).matches("(?i)[afn]ka") ? Part.ALIASES : null;
                case 6 -> value(r, 1).matches("\\d+") ? Part.ADDRESSES : null;
                default -> null;
            };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Every record, or a refusal naming the first line that is not whole (a cut-off file ends in one). */
    private static List<CSVRecord> records(ListFile file, int columns) {
        String text = new String(file.content(), StandardCharsets.UTF_8).replace("\u001a", "");
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = CSV.parse(new StringReader(text))) {
            for (CSVRecord r : parser) {
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                if (r.size() != columns || !value(r, 0).matches("\\d+")) {
                    throw new ListRefused("screening.import.broken-line", file.filename(), r.getRecordNumber());
                }
                records.add(r);
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new ListRefused("screening.import.broken-line", file.filename(), records.size() + 1);
        }
        return records;
    }

    private static String value(CSVRecord r, int column) {
        String v = column < r.size() ? r.get(column).strip() : "";
        return v.equals("-0-") ? "" : v;
    }

    private static List<String> nonEmpty(String... values) {
        return java.util.Arrays.stream(values).filter(v -> !v.isEmpty()).toList();
    }

    private static final class Builder {
        final CSVRecord record;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<String> addresses = new ArrayList<>();
        final Set<String> countries = new LinkedHashSet<>();

        Builder(CSVRecord record) {
            this.record = record;
        }

        ListEntry build() {
            String remarks = value(record, 11);
            countries.addAll(all(NATIONALITY, remarks));
            EntryKind kind = switch (value(record, 2).toLowerCase()) {
                case "individual" -> EntryKind.PERSON;
                case "vessel" -> EntryKind.VESSEL;
                case "aircraft" -> EntryKind.AIRCRAFT;
                default -> EntryKind.ORGANISATION;
            };
            List<String> programmes = List.of(value(record, 3).replace("[", "").replace("]", "").split("\\s+"))
                    .stream().filter(p -> !p.isBlank()).toList();
            return new ListEntry("OFAC-SDN", value(record, 0), kind, value(record, 1), new ArrayList<>(aliases),
                    addresses, new ArrayList<>(countries), all(DOB, remarks), all(IDENTIFIER, remarks), programmes, remarks);
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }
}
