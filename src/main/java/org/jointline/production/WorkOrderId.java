package org.jointline.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record WorkOrderId(@JsonValue UUID value) {

    public WorkOrderId {
        Objects.requireNonNull(value, "value");
    }

    public static WorkOrderId next() {
        return new WorkOrderId(Ids.next());
    }

    @JsonCreator
    public static WorkOrderId of(String value) {
        return new WorkOrderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
