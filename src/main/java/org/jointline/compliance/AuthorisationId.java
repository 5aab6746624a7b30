package org.jointline.compliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record AuthorisationId(@JsonValue UUID value) {

    public AuthorisationId {
        Objects.requireNonNull(value, "value");
    }

    public static AuthorisationId next() {
        return new AuthorisationId(Ids.next());
    }

    @JsonCreator
    public static AuthorisationId of(String value) {
        return new AuthorisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
