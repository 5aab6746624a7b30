package org.jointline.platform.web;

/** One offending field of a request, as shown in a problem document. */
public record FieldError(String field, String message) {
}
