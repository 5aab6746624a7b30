package org.jointline.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record PurchaseOrderLineId(@JsonValue UUID value) {

    public PurchaseOrderLineId {
        Objects.requireNonNull(value, "value");
    }

    public static PurchaseOrderLineId next() {
        return new PurchaseOrderLineId(Ids.next());
    }

    @JsonCreator
    public static PurchaseOrderLineId of(String value) {
        return new PurchaseOrderLineId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
