package org.jointline.production;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A test result as entered at a station. */
public record TestEntry(@NotNull TestTemplateId templateId, @NotBlank @Size(max = 200) String value, @Size(max = 60) String station) {
}
