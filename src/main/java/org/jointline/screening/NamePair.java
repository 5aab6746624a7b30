package org.jointline.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Two names to compare. */
public record NamePair(@NotNull @Size(max = 300) String a, @NotNull @Size(max = 300) String b, @NotNull PartyKindName kind) {
}
