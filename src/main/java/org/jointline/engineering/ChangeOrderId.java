package org.jointline.engineering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record ChangeOrderId(@JsonValue UUID value) {

    public ChangeOrderId {
        Objects.requireNonNull(value, "value");
    }

    public static ChangeOrderId next() {
        return new ChangeOrderId(Ids.next());
    }

    @JsonCreator
    public static ChangeOrderId of(String value) {
        return new ChangeOrderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
