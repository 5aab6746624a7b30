package org.jointline.compliance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jointline.compliance.Authorisation;
import org.jointline.compliance.AuthorisationType;
import org.jointline.compliance.ClassificationEntry;
import org.jointline.compliance.Codes;
import org.jointline.compliance.EndUserCertificate;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.Regime;
import org.jointline.compliance.Rule;
import org.springframework.stereotype.Component;

/**
 * The decision on one line, from facts alone (no database): embargo, party screening, classification, the
 * licence each controlled entry needs on this route, the authorisation that covers it, the end-user certificate.
 * Every step leaves a reason naming its rule; the line's outcome is the worst of them.
 */
@Component
public class Decider {

    private static final Set<AuthorisationType> NATIONAL = Set.of(AuthorisationType.INDIVIDUAL,
            AuthorisationType.GLOBAL, AuthorisationType.NATIONAL_GENERAL);
    private static final Set<AuthorisationType> INTRA_EU = Set.of(AuthorisationType.ICT_INDIVIDUAL,
            AuthorisationType.ICT_GLOBAL, AuthorisationType.ICT_GENERAL);

    /** What an entry needs on the route: an authorisation the predicate accepts. */
    record Need(Regime regime, String code, String rule, Predicate<Authorisation> accepts) {
    }

    public LineOutcome decide(DecisionContext c, Subject s) {
        Verdict v = new Verdict();
        screenDestinationAndParty(c, v);
        if (v.outcome == Outcome.BLOCKED) {
            return v.line(s, List.of());
        }
        if (s.entries().isEmpty()) {
            v.fire(c, "unclassified", ReasonText.of("unclassified", "compliance.reason.unclassified", s.number()));
            return v.line(s, List.of());
        }
        if (c.route().domestic()) {
            v.note(ReasonText.of("domestic", "compliance.reason.domestic", c.route().origin()));
            return v.line(s, List.of());
        }
        List<Authorisation> covering = new ArrayList<>();
        boolean military = false;
        for (ClassificationEntry entry : s.entries()) {
            Need need = need(c, s, entry, v);
            if (need != null) {
                cover(c, s, need, v, covering);
            }
            military |= entry.regime() == Regime.EU_MILITARY;
        }
        deMinimis(c, s, v, covering);
        if (military && !c.route().destinationEu() && v.outcome != Outcome.BLOCKED) {
            endUserCertificate(c, v);
        }
        return v.line(s, v.outcome == Outcome.BLOCKED ? List.of() : covering);
    }

    private void screenDestinationAndParty(DecisionContext c, Verdict v) {
        if (enabled(c, "embargo") && c.embargo() != null && c.embargo().active()) {
            v.fire(c, "embargo", ReasonText.of("embargo", "compliance.reason.embargo", c.route().destination(),
                    c.embargo().source()));
        }
        switch (c.consigneeState()) {
            case CONFIRMED_MATCH -> v.force(Outcome.BLOCKED, ReasonText.of("party-sanctioned",
                    "compliance.reason.party-sanctioned", c.consigneeName()));
            case HELD_FOR_REVIEW -> {
                if (enabled(c, "party-screening")) {
                    v.fire(c, "party-screening", ReasonText.of("party-screening", "compliance.reason.party-held",
                            c.consigneeName()));
                }
            }
            case CLEAR -> { }
        }
    }

    private Need need(DecisionContext c, Subject s, ClassificationEntry entry, Verdict v) {
        Route r = c.route();
        String code = entry.code();
        return switch (entry.regime()) {
            case NOT_CONTROLLED, EAR99 -> {
                v.note(ReasonText.of("not-controlled", "compliance.reason.not-controlled", s.number(), code));
                yield null;
            }
            case EU_DUAL_USE -> {
                if (!r.originEu()) {
                    yield issuedByOrigin(r, entry, "origin-permit");
                }
                if (r.intraEu()) {
                    if (enabled(c, "annex-iv") && inList(parameter(c, "annex-iv"), code)) {
                        v.note(ReasonText.of("annex-iv", "compliance.reason.annex-iv", code));
                        yield new Need(entry.regime(), code, "annex-iv",
                                a -> NATIONAL.contains(a.type()) && a.issuingCountry().equals(r.origin()));
                    }
                    v.note(ReasonText.of("intra-eu-dual-use", "compliance.reason.intra-eu-dual-use", code));
                    yield null;
                }
                yield new Need(entry.regime(), code, "licence-required", a -> a.type().unionGeneral()
                        || NATIONAL.contains(a.type()) && a.issuingCountry().equals(r.origin()));
            }
            case EU_MILITARY -> {
                if (!r.originEu()) {
                    yield issuedByOrigin(r, entry, "origin-permit");
                }
                if (r.intraEu()) {
                    yield new Need(entry.regime(), code, "intra-eu-transfer",
                            a -> INTRA_EU.contains(a.type()) && a.issuingCountry().equals(r.origin()));
                }
                yield new Need(entry.regime(), code, "licence-required",
                        a -> NATIONAL.contains(a.type()) && a.issuingCountry().equals(r.origin()));
            }
            case USML -> {
                v.note(ReasonText.of("itar", "compliance.reason.itar", code));
                yield new Need(entry.regime(), code, "itar", a -> a.type() == AuthorisationType.US_LICENCE);
            }
            case ECCN -> {
                if ("US".equals(s.countryOfOrigin())) {
                    yield new Need(entry.regime(), code, "ear", a -> a.type() == AuthorisationType.US_LICENCE);
                }
                v.note(ReasonText.of("ear", "compliance.reason.eccn-foreign", code, s.countryOfOrigin()));
                yield null;
            }
        };
    }

    private static Need issuedByOrigin(Route r, ClassificationEntry entry, String rule) {
        return new Need(entry.regime(), entry.code(), rule, a -> a.issuingCountry().equals(r.origin())
                && a.type() != AuthorisationType.US_LICENCE && !a.type().unionGeneral());
    }

    /** EAR de minimis: a foreign-made item with US-controlled content above the threshold needs a US licence. */
    private void deMinimis(DecisionContext c, Subject s, Verdict v, List<Authorisation> covering) {
        if (s.usContent() == null || !enabled(c, "ear-de-minimis")) {
            return;
        }
        BigDecimal threshold = new BigDecimal(parameter(c, "ear-de-minimis").strip());
        String strict = enabled(c, "ear-de-minimis-strict") ? parameter(c, "ear-de-minimis-strict") : "";
        int colon = strict.lastIndexOf(':');
        if (colon > 0 && inList(strict.substring(0, colon), c.route().destination())) {
            threshold = new BigDecimal(strict.substring(colon + 1).strip());
        }
        BigDecimal percent = s.usContent().percent();
        if (percent.compareTo(threshold) <= 0) {
            v.note(ReasonText.of("ear-de-minimis", "compliance.reason.de-minimis-below", percent, threshold));
            return;
        }
        v.note(ReasonText.of("ear-de-minimis", "compliance.reason.de-minimis-above", percent, threshold));
        cover(c, s, new Need(Regime.ECCN, "de minimis", "ear-de-minimis",
                a -> a.type() == AuthorisationType.US_LICENCE), v, covering);
    }

    private void cover(DecisionContext c, Subject s, Need need, Verdict v, List<Authorisation> covering) {
        Route r = c.route();
        List<Authorisation> usable = c.authorisations().stream()
                .filter(a -> !a.revoked() && need.accepts().test(a))
                .filter(a -> a.holderId() == null || a.holderId().equals(c.exporter()))
                .filter(a -> a.items().contains(s.id()) || need.code() != null && a.coversCode(need.regime(), need.code())
                        || "de minimis".equals(need.code()) && a.codes().isEmpty() && a.items().isEmpty())
                .toList();
        List<Authorisation> toDestination = usable.stream().filter(a -> a.destinations().contains(r.destination())).toList();
        usable.stream().filter(a -> !toDestination.contains(a)).forEach(a -> v.note(ReasonText.of(
                "authorisation-destination", "compliance.reason.authorisation-destination", a.reference(), r.destination())));
        List<Authorisation> toParty = toDestination.stream().filter(a -> names(a, c)).toList();
        toDestination.stream().filter(a -> !toParty.contains(a)).forEach(a -> v.note(ReasonText.of(
                "authorisation-party", "compliance.reason.authorisation-party", a.reference(), c.consigneeName())));
        if (toParty.isEmpty()) {
            v.fire(c, "licence-required", ReasonText.of("licence-required", "compliance.reason.licence-required",
                    need.code(), r.origin(), r.destination()));
            return;
        }
        List<Authorisation> valid = toParty.stream().filter(a -> a.validOn(c.today())).toList();
        if (valid.isEmpty()) {
            toParty.forEach(a -> v.note(ReasonText.of("licence-expired", "compliance.reason.licence-expired",
                    a.reference(), a.validFrom(), a.validTo() == null ? "-" : a.validTo())));
            v.fire(c, "licence-required", ReasonText.of("licence-expired", "compliance.reason.no-valid-licence",
                    need.code(), c.today()));
            return;
        }
        BigDecimal quantity = s.quantity();
        List<Authorisation> fitting = valid.stream().filter(a -> a.fits(quantity, s.value())).toList();
        if (fitting.isEmpty()) {
            valid.forEach(a -> v.fire(c, "licence-required", ceilingExceeded(a, quantity, s.value())));
            return;
        }
        Authorisation chosen = fitting.stream().min(Comparator.comparingInt((Authorisation a) -> a.type().specificity())
                .thenComparing(Authorisation::validTo, Comparator.nullsLast(Comparator.naturalOrder()))).orElseThrow();
        v.note(ReasonText.of("licence-covers", "compliance.reason.licence-covers", need.code(), chosen.reference(),
                chosen.type(), chosen.issuingAuthority()));
        if (!covering.contains(chosen)) {
            covering.add(chosen);
        }
    }

    static ReasonText ceilingExceeded(Authorisation a, BigDecimal quantity, BigDecimal value) {
        return ReasonText.of("ceiling-exceeded", "compliance.reason.ceiling-exceeded", a.reference(),
                a.quantityLeft() == null ? "-" : a.quantityLeft().stripTrailingZeros().toPlainString(),
                a.valueLeft() == null ? "-" : a.valueLeft().toPlainString(),
                quantity.stripTrailingZeros().toPlainString(), value.toPlainString());
    }

    private static boolean names(Authorisation a, DecisionContext c) {
        boolean consignee = a.consignees().isEmpty() || a.consignees().contains(c.consignee());
        boolean endUser = a.endUsers().isEmpty() || a.endUsers().contains(c.consignee()) || !a.consignees().isEmpty()
                && a.consignees().contains(c.consignee());
        return consignee && endUser;
    }

    private void endUserCertificate(DecisionContext c, Verdict v) {
        if (!enabled(c, "end-user-certificate")) {
            return;
        }
        c.certificates().stream()
                .filter(e -> e.endUserId().equals(c.consignee()) && e.country().equals(c.route().destination())
                        && e.validOn(c.today()))
                .findFirst()
                .ifPresentOrElse(
                        e -> v.note(ReasonText.of("end-user-certificate", "compliance.reason.euc-present", e.reference(),
                                c.consigneeName())),
                        () -> v.fire(c, "end-user-certificate", ReasonText.of("end-user-certificate",
                                "compliance.reason.euc-missing", c.consigneeName(), c.route().destination())));
    }

    static boolean inList(String list, String code) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .anyMatch(p -> Codes.within(code, p));
    }

    private static boolean enabled(DecisionContext c, String rule) {
        Rule r = c.rules().get(rule);
        return r != null && r.enabled();
    }

    private static String parameter(DecisionContext c, String rule) {
        Rule r = c.rules().get(rule);
        return r == null ? "" : r.parameter();
    }

    /** The reasons gathered so far and the worst outcome they give. */
    private static final class Verdict {

        private final List<ReasonText> reasons = new ArrayList<>();
        private Outcome outcome = Outcome.CLEARED;

        void note(ReasonText reason) {
            reasons.add(reason);
        }

        /** A rule fires: its outcome as the administrator set it (blocked if the rule is missing). */
        void fire(DecisionContext c, String rule, ReasonText reason) {
            Rule r = c.rules().get(rule);
            force(r == null ? Outcome.BLOCKED : r.outcome(), reason);
        }

        void force(Outcome o, ReasonText reason) {
            reasons.add(reason);
            if (o.ordinal() > outcome.ordinal()) {
                outcome = o;
            }
        }

        LineOutcome line(Subject s, List<Authorisation> covering) {
            return new LineOutcome(s, outcome, reasons, covering);
        }
    }

    static String describe(List<ReasonText> reasons) {
        return reasons.stream().map(ReasonText::rule).collect(Collectors.joining(","));
    }
}
