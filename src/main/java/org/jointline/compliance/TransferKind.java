package org.jointline.compliance;

public enum TransferKind {
    GOODS,
    TECHNOLOGY
}
