package org.jointline.compliance;

/** One entry of a control list; entries form a tree by code ({@code parentCode}). */
public record ControlEntry(Regime regime, String code, String parentCode, String label, String content, int depth,
                           boolean withdrawn, String listVersion, boolean hasChildren) {
}
