package org.jointline.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record LotId(@JsonValue UUID value) {

    public LotId {
        Objects.requireNonNull(value, "value");
    }

    public static LotId next() {
        return new LotId(Ids.next());
    }

    @JsonCreator
    public static LotId of(String value) {
        return new LotId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
