package org.jointline.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

public final class Hashes {

    private Hashes() {
    }

    public static String sha256(String text) {
        return HexFormat.of().formatHex(MerkleTree.sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
