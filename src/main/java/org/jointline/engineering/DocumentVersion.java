package org.jointline.engineering;

import java.time.Instant;
import java.util.UUID;

/**
 * One uploaded version of a document: versions are numbered 1, 2, … and never change. {@code contentType} is
 * the type detected from the content (not the one the client claimed); {@code sha256} is the lowercase hex digest
 * of the bytes, which is also the download's ETag.
 */
public record DocumentVersion(DocumentVersionId id, DocumentId documentId, int number, String filename,
                              String contentType, long sizeBytes, String sha256, UUID uploadedBy,
                              String uploadedByName, Instant uploadedAt, String note) {
}
