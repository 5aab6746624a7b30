package org.jointline.engineering;

import java.util.List;

/** What changed from one revision to another, line by line (lines are matched by component). */
public record RevisionComparison(BomRevision from, BomRevision to, List<BomLine> added, List<BomLine> removed,
                                 List<Change> changed) {

    public record Change(BomLine before, BomLine after) {
    }
}
