package org.jointline.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record SerialId(@JsonValue UUID value) {

    public SerialId {
        Objects.requireNonNull(value, "value");
    }

    public static SerialId next() {
        return new SerialId(Ids.next());
    }

    @JsonCreator
    public static SerialId of(String value) {
        return new SerialId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
