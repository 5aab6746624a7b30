package org.jointline.partners;

/** The part an organisation plays in one programme. */
public enum MemberRole {
    HOST, PARTNER, SUPPLIER, CUSTOMER, AUTHORITY
}
