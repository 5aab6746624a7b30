package org.jointline.screening.internal.lists;

import java.util.List;

/** Everything a reader found in the files of one list. */
public record ParsedList(String list, String format, List<ListEntry> entries) {
}
