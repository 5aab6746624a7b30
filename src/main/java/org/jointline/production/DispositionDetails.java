package org.jointline.production;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The decision on a nonconformance, with root cause and corrective action. */
public record DispositionDetails(@NotNull Disposition disposition, @Size(max = 2000) String note, @Size(max = 4000) String rootCause,
                                 @Size(max = 4000) String correctiveAction) {
}
