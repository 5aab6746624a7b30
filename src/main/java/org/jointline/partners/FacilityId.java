package org.jointline.partners;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record FacilityId(@JsonValue UUID value) {

    public FacilityId {
        Objects.requireNonNull(value, "value");
    }

    public static FacilityId next() {
        return new FacilityId(Ids.next());
    }

    @JsonCreator
    public static FacilityId of(String value) {
        return new FacilityId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
