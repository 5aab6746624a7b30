package org.jointline.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record DeliveryId(@JsonValue UUID value) {

    public DeliveryId {
        Objects.requireNonNull(value, "value");
    }

    public static DeliveryId next() {
        return new DeliveryId(Ids.next());
    }

    @JsonCreator
    public static DeliveryId of(String value) {
        return new DeliveryId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
