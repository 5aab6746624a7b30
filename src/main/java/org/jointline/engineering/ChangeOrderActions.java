package org.jointline.engineering;

/** What the reader may do with a change order now, for showing only the actions that will be accepted. */
public record ChangeOrderActions(boolean link, boolean submit, boolean decide, boolean release) {
}
