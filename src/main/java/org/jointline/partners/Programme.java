package org.jointline.partners;

import java.time.LocalDate;

public record Programme(ProgrammeId id, String code, String name, String description,
                        LocalDate startsOn, LocalDate endsOn, int version) {
}
