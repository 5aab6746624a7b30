package org.jointline.screening;

import java.util.List;
import java.util.UUID;

/** A list entry found for a query: its score from 0 to 1, the name that matched and why. */
public record EntryMatch(UUID entryId, String list, String reference, String name, String matchedName, double score,
                         boolean match, String explanation, List<String> countries, boolean countryMatches) {
}
