package org.jointline.sharing.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 9162 §2.1: tree hashes and inclusion proofs for every size up to 33 and every leaf. */
class MerkleTreeTests {

    @Test
    void emptyTreeAndSingleLeafAsTheRfcDefines() {
        assertThat(HexFormat.of().formatHex(MerkleTree.root(List.of())))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        byte[] leaf = "a".getBytes(StandardCharsets.UTF_8);
        assertThat(MerkleTree.root(List.of(leaf))).isEqualTo(MerkleTree.leafHash(leaf));
        assertThat(MerkleTree.root(List.of(leaf, leaf)))
                .isEqualTo(MerkleTree.nodeHash(MerkleTree.leafHash(leaf), MerkleTree.leafHash(leaf)));
    }

    @Test
    void threeLeavesSplitAtTwo() {
        List<byte[]> leaves = leaves(3);
        byte[] left = MerkleTree.nodeHash(MerkleTree.leafHash(leaves.get(0)), MerkleTree.leafHash(leaves.get(1)));
        assertThat(MerkleTree.root(leaves)).isEqualTo(MerkleTree.nodeHash(left, MerkleTree.leafHash(leaves.get(2))));
    }

    @Test
    void everyInclusionProofVerifiesAndNoOtherLeafDoes() {
        for (int n = 1; n <= 33; n++) {
            List<byte[]> leaves = leaves(n);
            byte[] root = MerkleTree.root(leaves);
            for (int m = 0; m < n; m++) {
                List<byte[]> path = MerkleTree.inclusionProof(leaves, m);
                assertThat(MerkleTree.verify(leaves.get(m), m, n, path, root)).as("leaf %d of %d", m, n).isTrue();
                assertThat(MerkleTree.verify("other".getBytes(), m, n, path, root)).isFalse();
                if (n > 1) {
                    assertThat(MerkleTree.verify(leaves.get(m), (m + 1) % n, n, path, root)).isFalse();
                }
            }
        }
    }

    private static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(("entry " + i).getBytes(StandardCharsets.UTF_8));
        }
        return leaves;
    }
}
