package org.jointline.traceability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A recall's units as CSV (RFC 4180), one row per containing unit. */
public final class RecallCsv {

    private RecallCsv() {
    }

    public static void write(RecallResult result, Writer out) {
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("identifier", "levels_up",
                "outermost", "last_event_time", "last_step", "disposition", "location", "shipped_to", "accepted").get())) {
            for (RecalledUnit unit : result.units()) {
                csv.printRecord(unit.identifier(), unit.depth(), unit.outermost(), unit.lastEventTime(), unit.lastStep(),
                        unit.disposition(), unit.location(), unit.shippedTo(), unit.accepted());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
