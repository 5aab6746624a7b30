package org.jointline.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An authorisation with what it has left: {@code quantityUsed} and {@code valueUsed} are its drawdown so far. */
public record Authorisation(AuthorisationId id, String reference, AuthorisationType type, String issuingAuthority,
                            String issuingCountry, UUID holderId, String holderName, List<CoveredCode> codes,
                            List<UUID> items, List<String> destinations, List<UUID> consignees, List<UUID> endUsers,
                            BigDecimal quantityCeiling, BigDecimal valueCeiling, BigDecimal quantityUsed,
                            BigDecimal valueUsed, LocalDate validFrom, LocalDate validTo, String endUse,
                            String conditions, UUID documentId, boolean revoked, int version) {

    public boolean validOn(LocalDate day) {
        return !revoked && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public BigDecimal quantityLeft() {
        return quantityCeiling == null ? null : quantityCeiling.subtract(quantityUsed);
    }

    public BigDecimal valueLeft() {
        return valueCeiling == null ? null : valueCeiling.subtract(valueUsed);
    }

    public boolean fits(BigDecimal quantity, BigDecimal value) {
        return (quantityCeiling == null || quantityUsed.add(quantity).compareTo(quantityCeiling) <= 0)
                && (valueCeiling == null || valueUsed.add(value).compareTo(valueCeiling) <= 0);
    }

    /** Whether the authorisation names this code or one above it, in the same regime. */
    public boolean coversCode(Regime regime, String code) {
        return codes.stream().anyMatch(c -> c.regime() == regime && Codes.within(code, c.code()));
    }
}
