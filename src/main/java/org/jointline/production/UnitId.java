package org.jointline.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record UnitId(@JsonValue UUID value) {

    public UnitId {
        Objects.requireNonNull(value, "value");
    }

    public static UnitId next() {
        return new UnitId(Ids.next());
    }

    @JsonCreator
    public static UnitId of(String value) {
        return new UnitId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
