package org.jointline.engineering.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jointline.engineering.DocumentTooLarge;

/**
 * An upload copied to a temporary file while its SHA-256 and size are computed, in one pass with a small buffer.
 * {@code head} holds the first bytes, for the type checks. Nothing is kept before the upload is accepted.
 */
public record Spooled(Path file, String sha256, long size, byte[] head) {

    private static final int BUFFER = 64 * 1024;

    /** Copies {@code in} to {@code file} (synced to disk); more than {@code maxBytes} is refused and deleted. */
    public static Spooled write(InputStream in, Path file, long maxBytes) throws IOException {
        MessageDigest digest = newDigest();
        ByteArrayOutputStream head = new ByteArrayOutputStream(ContentTypes.HEAD);
        byte[] buffer = new byte[BUFFER];
        long size = 0;
        boolean done = false;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
             OutputStream out = Channels.newOutputStream(channel)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > maxBytes) {
                    throw new DocumentTooLarge(maxBytes);
                }
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                if (head.size() < ContentTypes.HEAD) {
                    head.write(buffer, 0, Math.min(n, ContentTypes.HEAD - head.size()));
                }
            }
            channel.force(true);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(file);
            }
        }
        return new Spooled(file, HexFormat.of().formatHex(digest.digest()), size, head.toByteArray());
    }

    /** Removes the temporary file, if it is still there (it is gone once moved into a directory store). */
    public void discard() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
