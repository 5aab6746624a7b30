package org.jointline.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record ShipmentLineId(@JsonValue UUID value) {

    public ShipmentLineId {
        Objects.requireNonNull(value, "value");
    }

    public static ShipmentLineId next() {
        return new ShipmentLineId(Ids.next());
    }

    @JsonCreator
    public static ShipmentLineId of(String value) {
        return new ShipmentLineId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
