package org.jointline.traceability;

import java.util.List;

/** The identifiers the question named and every unit that contains any of them. */
public record RecallResult(RecallQuestion question, List<String> recalled, List<RecalledUnit> units, boolean truncated) {
}
