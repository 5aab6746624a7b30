package org.jointline.platform;

/** The roles of DOMAIN.md. A person holds one or more, always for one organisation. */
public enum Role {
    PROGRAMME_OFFICE,
    ENGINEER,
    DATA_STEWARD,
    COMPLIANCE_OFFICER,
    BUYER,
    PLANNER,
    OPERATOR,
    INSPECTOR,
    CUSTOMER_ACCEPTANCE,
    AUDITOR,
    ADMINISTRATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
