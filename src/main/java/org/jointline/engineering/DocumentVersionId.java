package org.jointline.engineering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record DocumentVersionId(@JsonValue UUID value) {

    public DocumentVersionId {
        Objects.requireNonNull(value, "value");
    }

    public static DocumentVersionId next() {
        return new DocumentVersionId(Ids.next());
    }

    @JsonCreator
    public static DocumentVersionId of(String value) {
        return new DocumentVersionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
