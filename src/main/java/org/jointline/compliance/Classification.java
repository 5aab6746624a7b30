package org.jointline.compliance;

import java.util.List;
import java.util.UUID;

/** A subject's classification: its current entries (none: not yet classified) and, for items, US content. */
public record Classification(SubjectKind kind, UUID subjectId, List<ClassificationEntry> entries, UsContent usContent) {

    public Classification {
        entries = List.copyOf(entries);
    }

    public boolean classified() {
        return !entries.isEmpty();
    }

    public boolean controlled() {
        return entries.stream().anyMatch(e -> e.regime().controlled());
    }
}
