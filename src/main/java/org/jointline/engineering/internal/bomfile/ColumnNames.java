package org.jointline.engineering.internal.bomfile;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Header names the reader recognises, compared after {@link #normalise}: lower case, without spaces and punctuation
 * (so "Ref Des", "Manufacturer Part #" and "MANUFACTURER_PART_NUMBER" are "refdes", "manufacturerpart" and
 * "manufacturerpartnumber"). Within a field the earlier name wins: Eagle's "MPN" beats its "PARTNO".
 */
final class ColumnNames {

    private static final Map<BomField, List<String>> SYNONYMS = new EnumMap<>(Map.of(
            BomField.DESIGNATOR, List.of("designator", "designators", "refdes", "reference", "references", "ref",
                    "refs", "referencedesignator", "referencedesignators", "parts", "part", "位号"),
            BomField.QUANTITY, List.of("qty", "quantity", "qnty", "quan", "count", "qtyperboard", "qtyperpcb",
                    "quantityperboard", "quantityperpcb", "数量", "用量"),
            BomField.VALUE, List.of("value", "comment", "val", "designation", "值"),
            BomField.DESCRIPTION, List.of("description", "desc", "partdescription", "itemdescription", "描述",
                    "name", "名称", "品名"),
            BomField.MANUFACTURER, List.of("manufacturer", "manufacturer1", "manufacturername", "mfr", "mfrname",
                    "mfg", "mfgname", "mf", "maker", "厂家", "厂商", "制造商", "品牌"),
            BomField.MPN, List.of("manufacturerpartnumber", "manufacturerpartnumber1", "manufacturerpart",
                    "manufacturerpartno", "mpn", "mfrpartnumber", "mfrpart", "mfrpartno", "mfgpartnumber",
                    "mfgpartnum", "mfgpartno", "partnumber", "partno", "型号"),
            BomField.PACKAGE, List.of("package", "footprint", "case", "packagecase", "pcbfootprint", "封装"),
            BomField.DO_NOT_PLACE, List.of("dnp", "dni", "dnf", "donotplace", "donotpopulate", "donotfit",
                    "donotinstall", "nopop", "notfitted", "notplaced", "不贴", "不贴片",
                    "fitted", "populate", "populated", "place", "placed", "mount", "mounted", "install", "是否贴片"),
            BomField.NOTES, List.of("notes", "note", "remark", "remarks", "备注")));

    /** DNP-column headers that say "placed" rather than "not placed": a no/false/0 cell means DNP (empty: placed). */
    private static final Set<String> PLACED_HEADERS = Set.of(
            "fitted", "populate", "populated", "place", "placed", "mount", "mounted", "install", "是否贴片");

    private ColumnNames() {
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The fields recognised in a header row, by column index; the first column with a name wins. */
    static Map<BomField, Integer> match(List<String> headerCells) {
        List<String> names = headerCells.stream().map(ColumnNames::normalise).toList();
        Map<BomField, Integer> found = new EnumMap<>(BomField.class);
        SYNONYMS.forEach((field, synonyms) -> synonyms.stream()
                .map(names::indexOf)
                .filter(index -> index >= 0)
                .findFirst()
                .ifPresent(index -> found.put(field, index)));
        return found;
    }

    /** A BOM header: a quantity or designator column plus a value, description or MPN column. */
    static boolean isRecognisable(Map<BomField, ?> fields) {
        boolean counts = fields.containsKey(BomField.QUANTITY) || fields.containsKey(BomField.DESIGNATOR);
        boolean says = fields.containsKey(BomField.VALUE) || fields.containsKey(BomField.DESCRIPTION)
                || fields.containsKey(BomField.MPN);
        return counts && says;
    }

    static boolean isSynonym(BomField field, String text) {
        return SYNONYMS.get(field).contains(normalise(text));
    }

    static boolean meansPlaced(String header) {
        return PLACED_HEADERS.contains(normalise(header));
    }
}
