package org.jointline.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record LocationId(@JsonValue UUID value) {

    public LocationId {
        Objects.requireNonNull(value, "value");
    }

    public static LocationId next() {
        return new LocationId(Ids.next());
    }

    @JsonCreator
    public static LocationId of(String value) {
        return new LocationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
