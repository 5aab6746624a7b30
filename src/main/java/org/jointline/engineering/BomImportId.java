package org.jointline.engineering;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record BomImportId(@JsonValue UUID value) {

    public BomImportId {
        Objects.requireNonNull(value, "value");
    }

    public static BomImportId next() {
        return new BomImportId(Ids.next());
    }

    @JsonCreator
    public static BomImportId of(String value) {
        return new BomImportId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
