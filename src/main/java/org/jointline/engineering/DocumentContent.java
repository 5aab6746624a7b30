package org.jointline.engineering;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jointline.engineering.internal.Watermarks;
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
    private final String watermark;
    private final byte[] prefix;
    private volatile byte[] marked;

    public DocumentContent(DocumentVersion version, InputStreamSource source) {
        this(version, source, null);
    }

    private DocumentContent(DocumentVersion version, InputStreamSource source, String watermark) {
        this.version = version;
        this.source = source;
        this.watermark = watermark;
        this.prefix = watermark != null && isText(version.contentType())
                ? ("# " + watermark + "\n").getBytes(StandardCharsets.UTF_8) : new byte[0];
    }

    /**
     * The same content carrying a watermark: a text document gets it as its first line, a PDF on every page and
     * in its document information, a PNG or JPEG drawn on the image; every download gets it in the
     * {@code X-Jointline-Watermark} header. Other formats are not rewritten (see {@link #watermarkable}).
     */
    public DocumentContent watermarked(String text) {
        return new DocumentContent(version, source, text.replaceAll("\\p{Cntrl}", " "));
    }

    public String watermark() {
        return watermark;
    }

    /** Whether a document of this type can carry a watermark inside it. */
    public static boolean watermarkable(String contentType) {
        return contentType != null && (isText(contentType) || Watermarks.binary(contentType));
    }

    /** A binary document's marked bytes, made once when first asked for. */
    private byte[] marked() throws IOException {
        byte[] bytes = marked;
        if (bytes == null) {
            try (InputStream content = source.getInputStream()) {
                bytes = Watermarks.mark(version.contentType(), content, watermark);
            }
            marked = bytes;
        }
        return bytes;
    }

    private boolean markedInside() {
        return watermark != null && Watermarks.binary(version.contentType());
    }

    private static boolean isText(String contentType) {
        return contentType.startsWith("text/") || contentType.startsWith("application/json")
                || contentType.startsWith("application/xml");
    }

    public DocumentVersion version() {
        return version;
    }

    @Override
    public InputStream getInputStream() throws IOException {
        if (markedInside()) {
            return new java.io.ByteArrayInputStream(marked());
        }
        InputStream content = source.getInputStream();
        return prefix.length == 0 ? content : new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(prefix), content);
    }

    @Override
    public long contentLength() throws IOException {
        if (markedInside()) {
            return marked().length;
        }
        return version.sizeBytes() + prefix.length;
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
        ResponseEntity.BodyBuilder response = ResponseEntity.ok();
        if (watermark == null) {
            response.eTag(version.sha256());
        } else {
            response.header("X-Jointline-Watermark", java.net.URLEncoder.encode(watermark, StandardCharsets.UTF_8));
        }
        return response
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
