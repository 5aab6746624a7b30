package org.jointline.supply;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record StockMoveId(@JsonValue UUID value) {

    public StockMoveId {
        Objects.requireNonNull(value, "value");
    }

    public static StockMoveId next() {
        return new StockMoveId(Ids.next());
    }

    @JsonCreator
    public static StockMoveId of(String value) {
        return new StockMoveId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
