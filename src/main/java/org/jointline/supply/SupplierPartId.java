package org.jointline.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record SupplierPartId(@JsonValue UUID value) {

    public SupplierPartId {
        Objects.requireNonNull(value, "value");
    }

    public static SupplierPartId next() {
        return new SupplierPartId(Ids.next());
    }

    @JsonCreator
    public static SupplierPartId of(String value) {
        return new SupplierPartId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
