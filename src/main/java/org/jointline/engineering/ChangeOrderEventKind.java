package org.jointline.engineering;

public enum ChangeOrderEventKind {
    CREATED, ITEM_LINKED, ITEM_UNLINKED, SUBMITTED, APPROVED, REJECTED, RELEASED
}
