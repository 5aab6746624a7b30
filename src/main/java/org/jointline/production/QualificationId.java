package org.jointline.production;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record QualificationId(@JsonValue UUID value) {

    public QualificationId {
        Objects.requireNonNull(value, "value");
    }

    public static QualificationId next() {
        return new QualificationId(Ids.next());
    }

    @JsonCreator
    public static QualificationId of(String value) {
        return new QualificationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
