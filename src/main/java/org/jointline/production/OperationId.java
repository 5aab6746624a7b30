package org.jointline.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record OperationId(@JsonValue UUID value) {

    public OperationId {
        Objects.requireNonNull(value, "value");
    }

    public static OperationId next() {
        return new OperationId(Ids.next());
    }

    @JsonCreator
    public static OperationId of(String value) {
        return new OperationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
