package org.jointline.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record PurchaseOrderId(@JsonValue UUID value) {

    public PurchaseOrderId {
        Objects.requireNonNull(value, "value");
    }

    public static PurchaseOrderId next() {
        return new PurchaseOrderId(Ids.next());
    }

    @JsonCreator
    public static PurchaseOrderId of(String value) {
        return new PurchaseOrderId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
