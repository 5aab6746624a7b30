package org.jointline.engineering.internal.bomfile;

import java.text.MessageFormat;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;

/** The message keys of BOM file reading, with English default texts for logs and tests (the UI translates keys). */
final class BomMessages {

    static final String TOO_LARGE = "bom.import.too-large";
    static final String EMPTY = "bom.import.empty";
    static final String UNSUPPORTED_FORMAT = "bom.import.unsupported-format";
    static final String ZIP_NOT_XLSX = "bom.import.zip-not-xlsx";
    static final String CORRUPT = "bom.import.corrupt";
    static final String ENCRYPTED = "bom.import.encrypted";
    static final String UNPACKED_TOO_LARGE = "bom.import.unpacked-too-large";
    static final String TOO_MANY_ROWS = "bom.import.too-many-rows";
    static final String MALFORMED_TEXT = "bom.import.malformed-text";
    static final String NO_HEADER = "bom.import.no-header";
    static final String MAPPED_COLUMN_NOT_FOUND = "bom.import.mapped-column-not-found";
    static final String MAPPING_INCOMPLETE = "bom.import.mapping-incomplete";
    static final String QUANTITY_NOT_A_NUMBER = "bom.import.quantity-not-a-number";
    static final String QUANTITY_NEGATIVE = "bom.import.quantity-negative";
    static final String QUANTITY_MISSING = "bom.import.quantity-missing";
    static final String QUANTITY_MISMATCH = "bom.import.quantity-designator-mismatch";
    static final String DESIGNATORS_UNRECOGNISED = "bom.import.designators-unrecognised";
    static final String ENCODING_FALLBACK = "bom.import.encoding-fallback";
    static final String DELIMITERS_REPAIRED = "bom.import.delimiters-repaired";
    static final String EXTENSION_MISMATCH = "bom.import.extension-mismatch";

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            entry(TOO_LARGE, "The file is larger than the limit of {0} bytes."),
            entry(EMPTY, "The file is empty."),
            entry(UNSUPPORTED_FORMAT, "The file is neither a spreadsheet nor delimited text."),
            entry(ZIP_NOT_XLSX, "The file is a zip archive but not an Excel workbook (.xlsx)."),
            entry(CORRUPT, "The file is damaged and cannot be read."),
            entry(ENCRYPTED, "The workbook is password protected."),
            entry(UNPACKED_TOO_LARGE, "The workbook unpacks to more than {0} bytes; refused as a possible zip bomb."),
            entry(TOO_MANY_ROWS, "The file has more than {0} rows."),
            entry(MALFORMED_TEXT, "The text cannot be split into fields near line {0} (an unclosed quote?)."),
            entry(NO_HEADER, "No BOM header found in the first 30 rows: it needs a quantity or designator column"
                    + " and a value, description or part number column."),
            entry(MAPPED_COLUMN_NOT_FOUND, "No row in the first 30 has the column(s) {0}."),
            entry(MAPPING_INCOMPLETE, "The column mapping needs a quantity or a designator column."),
            entry(QUANTITY_NOT_A_NUMBER, "Quantity \"{0}\" is not a number."),
            entry(QUANTITY_NEGATIVE, "Quantity {0} is negative."),
            entry(QUANTITY_MISSING, "The row has neither a quantity nor designators."),
            entry(QUANTITY_MISMATCH, "Quantity {0} differs from the number of designators ({1}); the quantity is kept."),
            entry(DESIGNATORS_UNRECOGNISED, "No designator recognised in \"{0}\"."),
            entry(ENCODING_FALLBACK, "The file is not valid UTF-8; it was read as {0}."),
            entry(DELIMITERS_REPAIRED, "{0} rows held unquoted delimiters inside values;"
                    + " fields starting with a space were joined to the field before."),
            entry(EXTENSION_MISMATCH, "The file name ends in {0} but the content is {1}; it was read as {1}."));

    private BomMessages() {
    }

    static String english(String key, List<String> arguments) {
        String pattern = ENGLISH.get(key);
        if (pattern == null) {
            return key + " " + arguments;
        }
        return new MessageFormat(pattern.replace("'", "''")).format(arguments.toArray());
    }
}
