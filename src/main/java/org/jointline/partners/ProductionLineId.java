package org.jointline.partners;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record ProductionLineId(@JsonValue UUID value) {

    public ProductionLineId {
        Objects.requireNonNull(value, "value");
    }

    public static ProductionLineId next() {
        return new ProductionLineId(Ids.next());
    }

    @JsonCreator
    public static ProductionLineId of(String value) {
        return new ProductionLineId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
