/**
 * Sharing: the owner organisation's sharing agreements over its items and documents (an ODRL-like policy of
 * permissions, prohibitions, constraints and duties), the policy decision point every read of another
 * organisation's know-how passes, and the access ledger: append-only, hash-chained per owner, checkpointed
 * with signed Merkle tree roots.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sharing")
package org.jointline.sharing;
