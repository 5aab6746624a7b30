package org.jointline.partners;

/** What an organisation is to a programme. OPERATOR runs the Jointline installation itself. */
public enum OrganisationKind {
    MANUFACTURER, SUPPLIER, CUSTOMER, AUTHORITY, OPERATOR
}
