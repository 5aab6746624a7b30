package org.jointline.partners;

import java.util.Set;
import org.jointline.platform.Role;

public record Person(PersonId id, OrganisationId organisationId, String organisationName, String username,
                     String displayName, String email, Set<Role> roles, boolean enabled, int version) {
}
