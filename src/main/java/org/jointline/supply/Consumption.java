package org.jointline.supply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;

/**
 * Issue stock out of a location against a reference (a work order): a quantity of an item or of a lot, or
 * serial numbers (then the location may be left out: each serial is taken from where it is).
 */
public record Consumption(@NotNull ItemId item, LotId lot, @Size(max = 10_000) List<String> serials,
                          BigDecimal quantity, LocationId location, @NotBlank @Size(max = 120) String reference) {

    public Consumption {
        serials = serials == null ? List.of() : List.copyOf(serials);
    }

    public static Consumption ofSerial(ItemId item, String serial, String reference) {
        return new Consumption(item, null, List.of(serial), null, null, reference);
    }

    public static Consumption ofLot(ItemId item, LotId lot, BigDecimal quantity, LocationId location, String reference) {
        return new Consumption(item, lot, List.of(), quantity, location, reference);
    }
}
