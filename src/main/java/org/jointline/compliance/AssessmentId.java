package org.jointline.compliance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record AssessmentId(@JsonValue UUID value) {

    public AssessmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AssessmentId next() {
        return new AssessmentId(Ids.next());
    }

    @JsonCreator
    public static AssessmentId of(String value) {
        return new AssessmentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
