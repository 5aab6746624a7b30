package org.jointline.engineering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record ItemId(@JsonValue UUID value) {

    public ItemId {
        Objects.requireNonNull(value, "value");
    }

    public static ItemId next() {
        return new ItemId(Ids.next());
    }

    @JsonCreator
    public static ItemId of(String value) {
        return new ItemId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
