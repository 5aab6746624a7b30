package org.jointline.compliance.internal;

import java.util.Set;

/** Where a transfer goes, and whether each end is in the EU (the member list is a rule's parameter). */
public record Route(String origin, String destination, Set<String> euMembers) {

    public boolean domestic() {
        return origin.equals(destination);
    }

    public boolean originEu() {
        return euMembers.contains(origin);
    }

    public boolean destinationEu() {
        return euMembers.contains(destination);
    }

    public boolean intraEu() {
        return originEu() && destinationEu();
    }
}
