package org.jointline.production;

/** A file attached to a test result (a log, a plot, a photo). */
public record Attachment(String name, String contentType, byte[] content) {
}
