package org.jointline.screening;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A name to look up in the lists; {@code country} (ISO alpha-2 or a name) is reported against the entry's. */
public record MatchQuery(@NotBlank @Size(max = 300) String name, @NotNull PartyKindName kind, @Size(max = 60) String country) {
}
