package org.jointline.compliance;

/** Why: the rule that produced the reason (a stable code such as {@code embargo} or {@code licence-required}) and text. */
public record Reason(String rule, String message) {
}
