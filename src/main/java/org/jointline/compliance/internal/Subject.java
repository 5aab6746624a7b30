package org.jointline.compliance.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jointline.compliance.ClassificationEntry;
import org.jointline.compliance.SubjectKind;
import org.jointline.compliance.UsContent;

/** One line's subject with what the decision needs to know of it. */
public record Subject(int line, SubjectKind kind, UUID id, String number, String countryOfOrigin, BigDecimal quantity,
                      BigDecimal value, List<ClassificationEntry> entries, UsContent usContent) {
}
