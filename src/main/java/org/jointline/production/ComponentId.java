package org.jointline.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record ComponentId(@JsonValue UUID value) {

    public ComponentId {
        Objects.requireNonNull(value, "value");
    }

    public static ComponentId next() {
        return new ComponentId(Ids.next());
    }

    @JsonCreator
    public static ComponentId of(String value) {
        return new ComponentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
