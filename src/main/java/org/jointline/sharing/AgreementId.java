package org.jointline.sharing;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import org.jointline.platform.Ids;

public record AgreementId(@JsonValue UUID value) {

    public AgreementId {
        Objects.requireNonNull(value, "value");
    }

    public static AgreementId next() {
        return new AgreementId(Ids.next());
    }

    @JsonCreator
    public static AgreementId of(String value) {
        return new AgreementId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
