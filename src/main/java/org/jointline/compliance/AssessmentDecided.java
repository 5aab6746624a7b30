package org.jointline.compliance;

/** Published when an assessment is made and again when an officer releases (CLEARED) or refuses (BLOCKED) it. */
public record AssessmentDecided(AssessmentId id, Outcome outcome, TransferKind kind, String reference) {
}
