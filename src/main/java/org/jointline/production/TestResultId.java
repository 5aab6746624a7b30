package org.jointline.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record TestResultId(@JsonValue UUID value) {

    public TestResultId {
        Objects.requireNonNull(value, "value");
    }

    public static TestResultId next() {
        return new TestResultId(Ids.next());
    }

    @JsonCreator
    public static TestResultId of(String value) {
        return new TestResultId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
