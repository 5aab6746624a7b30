package org.jointline.engineering.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Content in a directory, addressed by its SHA-256: {@code ab/ab12…} (the first two hex digits as a
 * subdirectory, so that no directory grows huge). Uploads are written to {@code .tmp/} inside the same
 * directory and then moved into place atomically, so a file under its digest is always complete. The same
 * content is stored once, however many versions have it. Files are never changed or deleted here.
 */
public final class DirectoryStore {

    private final Path root;
    private final Path temporary;

    public DirectoryStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.temporary = this.root.resolve(".tmp");
        try {
            Files.createDirectories(temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the document directory " + this.root, e);
        }
    }

    public Path root() {
        return root;
    }

    /** A new temporary file on the same file system as the store, for {@link Spooled#write}. */
    public Path newTemporaryFile() throws IOException {
        return Files.createTempFile(temporary, "upload-", ".part");
    }

    /**
     * Keeps the spooled content under its digest and returns the path relative to the store. If that content
     * is already there, the temporary file is dropped instead.
     */
    public String put(Spooled spooled) throws IOException {
        String relative = spooled.sha256().substring(0, 2) + "/" + spooled.sha256();
        Path target = resolve(relative);
        if (Files.isRegularFile(target) && Files.size(target) == spooled.size()) {
            spooled.discard();
            return relative;
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(spooled.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(spooled.file(), target, StandardCopyOption.REPLACE_EXISTING);
        }
        return relative;
    }

    public InputStream open(String relative) throws IOException {
        return Files.newInputStream(resolve(relative));
    }

    /** The file of a stored path; a path that would lead outside the store is refused. */
    public Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.startsWith(temporary)) {
            throw new IllegalArgumentException("not a path in the document store: " + relative);
        }
        return path;
    }
}
