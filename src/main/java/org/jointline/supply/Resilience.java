package org.jointline.supply;

import java.math.BigDecimal;
import java.util.List;
import org.jointline.engineering.ItemId;

/**
 * How exposed an end item's supply is: each purchased component with its approved sources, flags for a single
 * supplier, a single country of origin, or origins outside the programme's countries, and the share of the BOM's
 * value (in EUR) each represents.
 */
public record Resilience(ItemId item, String number, String name, BigDecimal totalValueEur, List<String> programmeCountries,
                         List<Component> components, BigDecimal singleSupplierShare, BigDecimal singleCountryShare,
                         BigDecimal outsideProgrammeShare) {

    public Resilience {
        programmeCountries = List.copyOf(programmeCountries);
        components = List.copyOf(components);
    }

    public record Component(ItemId item, String number, String name, BigDecimal quantity, BigDecimal unitCostEur,
                            BigDecimal valueEur, BigDecimal share, List<String> suppliers, List<String> countries,
                            boolean noSupplier, boolean singleSupplier, boolean singleCountry, boolean outsideProgramme) {
    }
}
