package org.jointline.compliance;

import java.util.UUID;

/** A subject carrying a current classification entry, for other modules' queries by classification. */
public record ClassifiedSubject(SubjectKind kind, UUID subjectId, UUID ownerId, Regime regime, String code) {
}
