package org.jointline.screening;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** {@code person} or {@code organisation}, as the matching API spells them. */
public enum PartyKindName {
    PERSON,
    ORGANISATION;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PartyKindName of(String value) {
        return value == null ? null : valueOf(value.strip().toUpperCase(Locale.ROOT).replace("ORGANIZATION", "ORGANISATION"));
    }
}
