import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Verifies a Jointline access-ledger inclusion proof (RFC 9162 §2.1.3.2) without Jointline: that the entry is
 * leaf {@code leafIndex} of the Merkle tree whose root the signed checkpoint states. Run with the JDK alone:
 *
 * <pre>
 *   java docs/tools/VerifyInclusion.java proof.json
 * </pre>
 *
 * where {@code proof.json} is the answer of {@code GET /api/v1/ledger/checkpoints/{id}/proofs/{sequence}}. It
 * prints OK and exits 0 when the audit path leads from the entry's hash to the root, else exits 1. Check the
 * checkpoint's signature over its statement with openssl (see docs/sharing.md); the root must be the one in
 * the signed statement, which this program also checks.
 */
public class VerifyInclusion {

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: java VerifyInclusion.java proof.json");
            System.exit(2);
        }
        String json = Files.readString(Path.of(args[0]));
        HexFormat hex = HexFormat.of();
        long index = Long.parseLong(field(json, "leafIndex"));
        long size = Long.parseLong(field(json, "treeSize"));
        byte[] entryHash = hex.parseHex(field(json, "entryHash"));
        byte[] root = hex.parseHex(field(json, "rootHash"));
        List<byte[]> path = new ArrayList<>();
        Matcher list = Pattern.compile("\"auditPath\"\\s*:\\s*\\[([^\\]]*)]").matcher(json);
        if (list.find()) {
            Matcher item = Pattern.compile("\"([0-9a-f]{64})\"").matcher(list.group(1));
            while (item.find()) {
                path.add(hex.parseHex(item.group(1)));
            }
        }
        String statement = unescape(field(json, "statement"));
        boolean rootSigned = statement.contains("\"rootHash\":\"" + hex.formatHex(root) + "\"")
                && statement.contains("\"treeSize\":" + size);
        boolean included = verify(entryHash, index, size, path, root);
        System.out.println(included && rootSigned ? "OK: entry " + (index + 1) + " is in the signed tree of " + size + " entries"
                : "FAILED: " + (included ? "the root is not the one of the signed statement" : "the audit path does not lead to the root"));
        System.exit(included && rootSigned ? 0 : 1);
    }

    static boolean verify(byte[] leaf, long index, long size, List<byte[]> path, byte[] root) throws Exception {
        if (index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = hash((byte) 0, leaf, new byte[0]);
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hash((byte) 1, p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = hash((byte) 1, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
    }

    static byte[] hash(byte prefix, byte[] a, byte[] b) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(prefix);
        sha.update(a);
        sha.update(b);
        return sha.digest();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|(-?[0-9]+))").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("no " + name + " in the proof");
        }
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
