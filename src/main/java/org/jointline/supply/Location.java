package org.jointline.supply;

import org.jointline.partners.FacilityId;

/** A place in a facility that holds stock; locations form a tree per facility. */
public record Location(LocationId id, FacilityId facility, LocationId parent, String code, String name, LocationKind kind) {
}
