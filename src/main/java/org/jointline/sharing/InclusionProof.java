package org.jointline.sharing;

import java.util.List;

/**
 * That entry {@code sequence} (leaf {@code leafIndex} = sequence − 1, whose leaf data is the entry's hash) is
 * in the tree of the checkpoint: the audit path of RFC 9162 §2.1.3, hex, from the leaf up.
 */
public record InclusionProof(long sequence, long leafIndex, long treeSize, String entryHash, List<String> auditPath,
                             String rootHash, Checkpoint checkpoint) {
}
