package org.jointline.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record TestTemplateId(@JsonValue UUID value) {

    public TestTemplateId {
        Objects.requireNonNull(value, "value");
    }

    public static TestTemplateId next() {
        return new TestTemplateId(Ids.next());
    }

    @JsonCreator
    public static TestTemplateId of(String value) {
        return new TestTemplateId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
