package org.jointline.engineering;

public enum ItemStatus {
    DRAFT, RELEASED, OBSOLETE
}
