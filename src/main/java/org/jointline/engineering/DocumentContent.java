package org.jointline.engineering;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The bytes of a document version, opened only when they are written to the response and streamed from
 * where they are stored (never read into memory as a whole). Each {@link #getInputStream()} opens a new
 * stream, so range requests work too.
 */
public final class DocumentContent extends AbstractResource {

    private final DocumentVersion version;
    private final InputStreamSource source;

    public DocumentContent(DocumentVersion version, InputStreamSource source) {
        this.version = version;
        this.source = source;
    }

    public DocumentVersion version() {
        return version;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        return source.getInputStream();
    }

    @Override
    public long contentLength() {
        return version.sizeBytes();
    }

    @Override
    public long lastModified() {
        return version.uploadedAt().toEpochMilli();
    }

    @Override
    public String getDescription() {
        return "document version " + version.id();
    }

    /**
     * The download response: an attachment under the uploaded name, with the detected type, the length and the
     * SHA-256 as a strong ETag (so {@code If-None-Match} answers 304). Sandboxed and never sniffed, so that an
     * SVG or text file cannot run as a page of this site.
     */
    public ResponseEntity<DocumentContent> download() {
        return ResponseEntity.ok()
                .eTag(version.sha256())
                .lastModified(version.uploadedAt())
                .contentType(MediaType.parseMediaType(version.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(version.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(this);
    }
}
