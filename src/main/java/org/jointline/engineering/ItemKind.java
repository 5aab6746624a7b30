package org.jointline.engineering;

public enum ItemKind {
    PART, ASSEMBLY, END_ITEM, SOFTWARE, TECHNICAL_DATA;

    /** Whether it can have a bill of materials. */
    public boolean isAssembly() {
        return this == ASSEMBLY || this == END_ITEM;
    }
}
