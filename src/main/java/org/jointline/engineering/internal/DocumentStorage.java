package org.jointline.engineering.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jointline.engineering.DocumentTooLarge;
import org.jointline.engineering.DocumentVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Component;

/**
 * Where document content goes: the database ({@code BYTEA}) by default, or a {@link DirectoryStore} when
 * {@code jointline.documents.directory} is set. Uploads are first spooled to a temporary file (hashing and
 * counting as they go), so that nothing is stored before the size and type checks pass. Content is read back
 * as a stream either way: from the file, or from the database in slices of {@value #SLICE} bytes, so a
 * download never holds a whole file in memory. Each version records where it went, so versions uploaded
 * before a change of setting are still read from where they are.
 */
@Component
public class DocumentStorage {

    static final int SLICE = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(DocumentStorage.class);

    private final DocumentProperties properties;
    private final Documents documents;
    private final DirectoryStore directory;

    DocumentStorage(DocumentProperties properties, Documents documents) {
        this.properties = properties;
        this.documents = documents;
        this.directory = properties.directory() == null ? null : new DirectoryStore(Path.of(properties.directory()));
        LOG.info("Document content is kept {}; uploads up to {} of {}",
                directory == null ? "in the database" : "in " + directory.root(),
                DocumentTooLarge.readable(properties.maxSize().toBytes()),
                properties.allowedTypes());
    }

    public long maxBytes() {
        return properties.maxSize().toBytes();
    }

    public List<String> allowedTypes() {
        return properties.allowedTypes();
    }

    public boolean inDatabase() {
        return directory == null;
    }

    /** Copies an upload to a temporary file; over the size limit it is refused (and the file removed). */
    public Spooled spool(InputStream content) throws IOException {
        Path file = directory == null ? Files.createTempFile("jointline-upload-", ".part") : directory.newTemporaryFile();
        return Spooled.write(content, file, maxBytes());
    }

    /**
     * Keeps accepted content: in directory mode it is moved into the store and the stored path returned; in
     * database mode {@code null} is returned and the caller inserts the spooled file's bytes with the version.
     */
    public String keep(Spooled spooled) throws IOException {
        return directory == null ? null : directory.put(spooled);
    }

    /** Opens a version's content anew for each call, from wherever it was stored. */
    public InputStreamSource source(DocumentVersion version) {
        String path = documents.storagePath(version.id());
        if (path == null) {
            return () -> new Slices(documents, version, SLICE);
        }
        if (directory == null) {
            throw new IllegalStateException("Version " + version.id() + " is stored in a directory, but "
                    + "jointline.documents.directory is not set");
        }
        return () -> directory.open(path);
    }

    /** A version's database content, fetched a slice at a time as it is read. */
    static final class Slices extends InputStream {

        private final Documents documents;
        private final DocumentVersion version;
        private final int sliceSize;
        private long next;
        private byte[] slice = new byte[0];
        private int position;

        Slices(Documents documents, DocumentVersion version, int sliceSize) {
            this.documents = documents;
            this.version = version;
            this.sliceSize = sliceSize;
        }

        @Override
        public int read() throws IOException {
            if (position == slice.length && !fetch()) {
                return -1;
            }
            return slice[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position == slice.length && !fetch()) {
                return -1;
            }
            int n = Math.min(length, slice.length - position);
            System.arraycopy(slice, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public long skip(long n) {
            if (n <= 0) {
                return 0;
            }
            long buffered = slice.length - position;
            if (n <= buffered) {
                position += (int) n;
                return n;
            }
            position = slice.length;
            long further = Math.min(n - buffered, version.sizeBytes() - next);
            next += further;
            return buffered + further;
        }

        @Override
        public int available() {
            return slice.length - position;
        }

        private boolean fetch() throws IOException {
            if (next >= version.sizeBytes()) {
                return false;
            }
            int length = (int) Math.min(sliceSize, version.sizeBytes() - next);
            byte[] bytes = documents.slice(version.id(), next, length);
            if (bytes == null || bytes.length == 0) {
                throw new IOException("The stored content of version " + version.id() + " ends before its recorded size");
            }
            slice = bytes;
            position = 0;
            next += bytes.length;
            return true;
        }
    }
}
