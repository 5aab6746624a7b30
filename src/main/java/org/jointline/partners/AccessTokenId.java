package org.jointline.partners;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record AccessTokenId(@JsonValue UUID value) {

    public AccessTokenId {
        Objects.requireNonNull(value, "value");
    }

    public static AccessTokenId next() {
        return new AccessTokenId(Ids.next());
    }

    @JsonCreator
    public static AccessTokenId of(String value) {
        return new AccessTokenId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
