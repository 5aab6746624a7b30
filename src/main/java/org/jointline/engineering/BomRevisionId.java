package org.jointline.engineering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record BomRevisionId(@JsonValue UUID value) {

    public BomRevisionId {
        Objects.requireNonNull(value, "value");
    }

    public static BomRevisionId next() {
        return new BomRevisionId(Ids.next());
    }

    @JsonCreator
    public static BomRevisionId of(String value) {
        return new BomRevisionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
