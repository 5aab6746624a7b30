package org.jointline.engineering;

import org.jointline.platform.DomainException;
import org.springframework.util.unit.DataSize;

/** An upload larger than {@code jointline.documents.max-size} (HTTP 413); nothing of it is kept. */
public class DocumentTooLarge extends DomainException {

    public DocumentTooLarge(long limitBytes) {
        super("documents.too-large", readable(limitBytes));
    }

    /** The limit as people write it: 50 MB, 512 KB, 1000 bytes. */
    public static String readable(long bytes) {
        if (bytes >= DataSize.ofMegabytes(1).toBytes() && bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
            return DataSize.ofBytes(bytes).toMegabytes() + " MB";
        }
        if (bytes >= DataSize.ofKilobytes(1).toBytes() && bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
            return DataSize.ofBytes(bytes).toKilobytes() + " KB";
        }
        return bytes + " B";
    }
}
