package org.jointline.engineering;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where the imported lines go: a new draft revision of an existing assembly ({@code assemblyId}), or a
 * new assembly with this number and name.
 */
public record ImportCommit(
        ItemId assemblyId,
        @Size(max = 60) @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._/-]*)?", message = "{validation.item-number}") String assemblyNumber,
        @Size(max = 200) String assemblyName) {
}
