package org.jointline.engineering.internal;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where document content is kept and what is accepted.
 *
 * @param directory    when set, content is kept in files in this directory (named by SHA-256, each content once);
 *                     when empty, in the database ({@code document_version.content})
 * @param maxSize      the largest file accepted (default 50MB); multipart parsing uses the same limit
 * @param allowedTypes the content types accepted, a subset of {@link ContentTypes#KNOWN}
 */
@ConfigurationProperties("jointline.documents")
public record DocumentProperties(
        String directory,
        @DefaultValue("50MB") DataSize maxSize,
        @DefaultValue({ContentTypes.PDF, ContentTypes.PNG, ContentTypes.JPEG, ContentTypes.SVG, ContentTypes.TEXT,
                ContentTypes.ZIP, ContentTypes.BINARY, ContentTypes.STEP, ContentTypes.DXF}) List<String> allowedTypes) {

    public DocumentProperties {
        directory = directory == null || directory.isBlank() ? null : directory.strip();
        allowedTypes = List.copyOf(allowedTypes);
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("jointline.documents.max-size must be positive");
        }
        List<String> unknown = allowedTypes.stream().filter(t -> !ContentTypes.KNOWN.contains(t)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("jointline.documents.allowed-types: cannot recognise " + unknown
                    + "; choose from " + ContentTypes.KNOWN);
        }
    }
}
