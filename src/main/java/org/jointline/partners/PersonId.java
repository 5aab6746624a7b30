package org.jointline.partners;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record PersonId(@JsonValue UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "value");
    }

    public static PersonId next() {
        return new PersonId(Ids.next());
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
