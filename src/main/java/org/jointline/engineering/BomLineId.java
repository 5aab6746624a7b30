package org.jointline.engineering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record BomLineId(@JsonValue UUID value) {

    public BomLineId {
        Objects.requireNonNull(value, "value");
    }

    public static BomLineId next() {
        return new BomLineId(Ids.next());
    }

    @JsonCreator
    public static BomLineId of(String value) {
        return new BomLineId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
