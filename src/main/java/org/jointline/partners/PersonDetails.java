package org.jointline.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jointline.platform.Role;

/** A person's record. A password is optional (people may log in through OpenID Connect only). */
public record PersonDetails(
        @NotNull OrganisationId organisationId,
        @NotBlank @Size(max = 60) @Pattern(regexp = "([a-z0-9][a-z0-9._-]*)?", message = "{validation.username}") String username,
        @NotBlank @Size(max = 200) String displayName,
        @Email @Size(max = 254) String email,
        @NotEmpty Set<Role> roles,
        boolean enabled,
        @Size(min = 8, max = 200) String password,
        Integer version) {
}
