package org.jointline.screening;

/** One uploaded file of a list. */
public record ListFile(String filename, byte[] content) {
}
