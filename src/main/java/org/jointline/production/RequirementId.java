package org.jointline.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record RequirementId(@JsonValue UUID value) {

    public RequirementId {
        Objects.requireNonNull(value, "value");
    }

    public static RequirementId next() {
        return new RequirementId(Ids.next());
    }

    @JsonCreator
    public static RequirementId of(String value) {
        return new RequirementId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
