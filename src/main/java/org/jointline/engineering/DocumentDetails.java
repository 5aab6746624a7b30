package org.jointline.engineering;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an engineer gives to create a document of an item. The number is unique per owner organisation. */
public record DocumentDetails(
        @NotBlank @Size(max = 60) @Pattern(regexp = "([A-Za-z0-9][A-Za-z0-9._/-]*)?", message = "{validation.item-number}") String number,
        @NotBlank @Size(max = 200) String title,
        @NotNull DocumentKind kind) {

    public DocumentDetails {
        number = number == null ? null : number.strip();
        title = title == null ? null : title.strip();
    }
}
