package org.jointline.production;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.DocumentId;

/** What an engineer records of a qualification. */
public record QualificationDetails(@NotNull BomRevisionId bomRevisionId, @NotBlank @Size(max = 120) String basis,
                                   @NotBlank @Size(max = 200) String authority, @Size(max = 120) String reference,
                                   @NotNull QualificationStatus status, LocalDate validFrom, LocalDate validUntil,
                                   @Size(max = 20) List<DocumentId> evidence) {

    public QualificationDetails {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
