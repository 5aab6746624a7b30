package org.jointline.sharing;

public enum AgreementStatus {
    ACTIVE,
    REVOKED
}
