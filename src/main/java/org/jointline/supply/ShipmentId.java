package org.jointline.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record ShipmentId(@JsonValue UUID value) {

    public ShipmentId {
        Objects.requireNonNull(value, "value");
    }

    public static ShipmentId next() {
        return new ShipmentId(Ids.next());
    }

    @JsonCreator
    public static ShipmentId of(String value) {
        return new ShipmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
