package org.jointline.production;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;

/** What an engineer gives for a test template. */
public record TestTemplateDetails(@NotNull ItemId itemId, @NotBlank @Size(max = 120) String name, @NotNull TestKind kind, boolean required,
                                  @Digits(integer = 12, fraction = 6) BigDecimal minimum, @Digits(integer = 12, fraction = 6) BigDecimal maximum,
                                  @Size(max = 20) String unitOfMeasure, @Size(max = 30) List<@Size(max = 60) String> choices,
                                  @Size(max = 30) List<@Size(max = 60) String> passingChoices, boolean attachmentRequired, Integer position) {

    public TestTemplateDetails {
        choices = choices == null ? List.of() : choices.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        passingChoices = passingChoices == null ? List.of() : passingChoices.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
