package org.jointline.engineering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an engineer gives to raise a change order: what is wrong and what should change. */
public record ChangeOrderDetails(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 8000) String problem,
        @NotBlank @Size(max = 8000) String proposedChange) {

    public ChangeOrderDetails {
        title = title == null ? null : title.strip();
    }
}
