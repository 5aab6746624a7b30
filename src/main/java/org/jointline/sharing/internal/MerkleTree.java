package org.jointline.sharing.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 §2.1 over SHA-256: a leaf hashes {@code 0x00 || data}, a node
 * {@code 0x01 || left || right}, and a tree of n leaves splits at the largest power of two below n.
 * Leaves here are the ledger entries' own hashes (32 bytes each).
 */
public final class MerkleTree {

    private MerkleTree() {
    }

    public static byte[] leafHash(byte[] data) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x00);
        sha.update(data);
        return sha.digest();
    }

    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest sha = sha256();
        sha.update((byte) 0x01);
        sha.update(left);
        sha.update(right);
        return sha.digest();
    }

    /** MTH(D[n]); the tree of no leaves is the hash of the empty string. */
    public static byte[] root(List<byte[]> leaves) {
        if (leaves.isEmpty()) {
            return sha256().digest();
        }
        List<byte[]> level = new ArrayList<>(leaves.size());
        leaves.forEach(l -> level.add(leafHash(l)));
        return rootOfHashes(level, 0, level.size());
    }

    /** The inclusion proof (audit path) of leaf {@code m} in the tree of these leaves: PATH(m, D[n]) of §2.1.3.1. */
    public static List<byte[]> inclusionProof(List<byte[]> leaves, int m) {
        if (m < 0 || m >= leaves.size()) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of " + leaves.size());
        }
        List<byte[]> hashes = new ArrayList<>(leaves.size());
        leaves.forEach(l -> hashes.add(leafHash(l)));
        List<byte[]> path = new ArrayList<>();
        path(hashes, m, 0, hashes.size(), path);
        return path;
    }

    /** Verifies an inclusion proof as §2.1.3.2 describes: recomputes the root from the leaf and the path. */
    public static boolean verify(byte[] leaf, int index, int treeSize, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1L;
        byte[] r = leafHash(leaf);
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    private static byte[] rootOfHashes(List<byte[]> hashes, int from, int to) {
        int n = to - from;
        if (n == 1) {
            return hashes.get(from);
        }
        int k = split(n);
        return nodeHash(rootOfHashes(hashes, from, from + k), rootOfHashes(hashes, from + k, to));
    }

    private static void path(List<byte[]> hashes, int m, int from, int to, List<byte[]> out) {
        int n = to - from;
        if (n == 1) {
            return;
        }
        int k = split(n);
        if (m < k) {
            path(hashes, m, from, from + k, out);
            out.add(rootOfHashes(hashes, from + k, to));
        } else {
            path(hashes, m - k, from + k, to, out);
            out.add(rootOfHashes(hashes, from, from + k));
        }
    }

    /** The largest power of two smaller than n (n > 1). */
    static int split(int n) {
        return Integer.highestOneBit(n - 1);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
