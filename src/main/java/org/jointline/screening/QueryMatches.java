package org.jointline.screening;

import java.util.List;

/** The best entries for one query, best first, in the order of the queries. */
public record QueryMatches(String name, List<EntryMatch> matches) {
}
