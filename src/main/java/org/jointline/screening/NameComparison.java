package org.jointline.screening;

/** How alike two names are, 0 to 1; {@code match} at the threshold the product ships with. */
public record NameComparison(double score, boolean match, String explanation) {
}
