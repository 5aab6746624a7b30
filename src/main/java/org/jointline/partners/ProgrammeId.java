package org.jointline.partners;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record ProgrammeId(@JsonValue UUID value) {

    public ProgrammeId {
        Objects.requireNonNull(value, "value");
    }

    public static ProgrammeId next() {
        return new ProgrammeId(Ids.next());
    }

    @JsonCreator
    public static ProgrammeId of(String value) {
        return new ProgrammeId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
