package org.jointline.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record NonconformanceId(@JsonValue UUID value) {

    public NonconformanceId {
        Objects.requireNonNull(value, "value");
    }

    public static NonconformanceId next() {
        return new NonconformanceId(Ids.next());
    }

    @JsonCreator
    public static NonconformanceId of(String value) {
        return new NonconformanceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
