package org.jointline.compliance.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jointline.compliance.Authorisation;
import org.jointline.compliance.AuthorisationId;
import org.jointline.compliance.AuthorisationType;
import org.jointline.compliance.ClassificationEntry;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.Regime;
import org.jointline.compliance.Rule;
import org.jointline.compliance.SubjectKind;
import org.jointline.compliance.UsContent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision from facts alone: screening states, Annex IV, ITAR, EAR de minimis, rules switched off. */
class DeciderTests {

    static final Set<String> EU = Set.of("RO", "IT", "NL", "DE");
    static final UUID EXPORTER = UUID.randomUUID();
    static final UUID CONSIGNEE = UUID.randomUUID();
    final Decider decider = new Decider();

    @Test
    void aConsigneeHeldByScreeningHoldsTheLineAndAConfirmedMatchBlocksIt() {
        Subject propeller = subject(Regime.NOT_CONTROLLED, "NLR", null, null);
        LineOutcome held = decider.decide(context("RO", "IT", SanctionsStanding.HELD_FOR_REVIEW, rules(), List.of()), propeller);
        assertThat(held.outcome()).isEqualTo(Outcome.HELD);
        assertThat(rules(held)).contains("party-screening");
        LineOutcome blocked = decider.decide(context("RO", "IT", SanctionsStanding.CONFIRMED_MATCH, rules(), List.of()), propeller);
        assertThat(blocked.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(rules(blocked)).containsExactly("party-sanctioned");
    }

    @Test
    void anAnnexIvCodeNeedsALicenceEvenBetweenEuMembers() {
        LineOutcome line = decider.decide(context("RO", "NL", SanctionsStanding.CLEAR, rules(), List.of()),
                subject(Regime.EU_DUAL_USE, "5A003", null, null));
        assertThat(line.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(rules(line)).contains("annex-iv", "licence-required");
    }

    @Test
    void aUsmlPartNeedsAUsLicenceOnAnyRouteAndAnEuLicenceDoesNotCoverIt() {
        Subject part = subject(Regime.USML, "Cat VIII", null, null);
        Authorisation national = licence(AuthorisationType.INDIVIDUAL, "RO", part.id());
        LineOutcome line = decider.decide(context("RO", "IT", SanctionsStanding.CLEAR, rules(), List.of(national)), part);
        assertThat(line.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(rules(line)).contains("itar", "licence-required");
        Authorisation us = licence(AuthorisationType.US_LICENCE, "US", part.id());
        assertThat(decider.decide(context("RO", "IT", SanctionsStanding.CLEAR, rules(), List.of(national, us)), part).outcome())
                .isEqualTo(Outcome.CLEARED);
    }

    @Test
    void usContentAboveDeMinimisNeedsAUsLicenceAndTheThresholdIsLowerForStrictDestinations() {
        Subject fifteenPercent = subject(Regime.NOT_CONTROLLED, "NLR", new UsContent(new BigDecimal("15"),
                new BigDecimal("100"), "x", Instant.now()), "RO");
        LineOutcome toUkraine = decider.decide(context("RO", "UA", SanctionsStanding.CLEAR, rules(), List.of()), fifteenPercent);
        assertThat(toUkraine.outcome()).isEqualTo(Outcome.CLEARED);
        assertThat(rules(toUkraine)).contains("ear-de-minimis");
        LineOutcome toCuba = decider.decide(context("RO", "CU", SanctionsStanding.CLEAR, rules(), List.of()), fifteenPercent);
        assertThat(toCuba.outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(toCuba.reasons()).anyMatch(r -> r.key().equals("compliance.reason.de-minimis-above"));
    }

    @Test
    void aRuleSwitchedOffByAnAdministratorNoLongerFires() {
        Subject unclassified = new Subject(1, SubjectKind.ITEM, UUID.randomUUID(), "X-1", "RO", BigDecimal.ONE,
                BigDecimal.ONE, List.of(), null);
        assertThat(decider.decide(context("RO", "RU", SanctionsStanding.CLEAR, rules(), List.of()), unclassified).outcome())
                .isEqualTo(Outcome.BLOCKED);
        Map<String, Rule> withoutEmbargo = rules().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getKey().equals("embargo") ? rule("embargo", false, Outcome.BLOCKED, "") : e.getValue()));
        LineOutcome line = decider.decide(context("RO", "RU", SanctionsStanding.CLEAR, withoutEmbargo, List.of()), unclassified);
        assertThat(rules(line)).containsExactly("unclassified");
        assertThat(line.outcome()).isEqualTo(Outcome.HELD);
    }

    @Test
    void fromUkraineAControlledItemNeedsAPermitIssuedInUkraine() {
        Subject drone = subject(Regime.EU_DUAL_USE, "9A012", null, null);
        Authorisation romanian = licence(AuthorisationType.INDIVIDUAL, "RO", drone.id());
        assertThat(decider.decide(context("UA", "RO", SanctionsStanding.CLEAR, rules(), List.of(romanian)), drone).outcome())
                .isEqualTo(Outcome.BLOCKED);
        Authorisation permit = licence(AuthorisationType.UA_PERMIT, "UA", drone.id());
        assertThat(decider.decide(context("UA", "RO", SanctionsStanding.CLEAR, rules(), List.of(permit)), drone).outcome())
                .isEqualTo(Outcome.CLEARED);
    }

    private static List<String> rules(LineOutcome line) {
        return line.reasons().stream().map(ReasonText::rule).toList();
    }

    private static Subject subject(Regime regime, String code, UsContent us, String origin) {
        ClassificationEntry entry = new ClassificationEntry(UUID.randomUUID(), regime, code, "", "why", "officer",
                Instant.now(), null, null, null);
        return new Subject(1, SubjectKind.ITEM, UUID.randomUUID(), "X-1", origin, BigDecimal.ONE, BigDecimal.TEN,
                List.of(entry), us);
    }

    private static Authorisation licence(AuthorisationType type, String country, UUID item) {
        return new Authorisation(AuthorisationId.next(), type + "-1", type, "authority", country, EXPORTER, null,
                List.of(), List.of(item), List.of("RO", "IT", "NL", "UA", "US"), List.of(), List.of(), null, null,
                BigDecimal.ZERO, BigDecimal.ZERO, LocalDate.now().minusDays(1), null, null, null, null, false, 0);
    }

    private static DecisionContext context(String from, String to, SanctionsStanding standing, Map<String, Rule> rules,
                                           List<Authorisation> authorisations) {
        org.jointline.compliance.Embargo embargo = Set.of("RU", "BY").contains(to)
                ? new org.jointline.compliance.Embargo(to, "act", true, "x", Instant.now()) : null;
        return new DecisionContext(LocalDate.now(), EXPORTER, CONSIGNEE, "Consignee SRL", new Route(from, to, EU), embargo,
                standing, rules, authorisations, List.of());
    }

    private static Map<String, Rule> rules() {
        return Stream.of(rule("embargo", true, Outcome.BLOCKED, ""), rule("licence-required", true, Outcome.BLOCKED, ""),
                        rule("unclassified", true, Outcome.HELD, ""), rule("end-user-certificate", true, Outcome.HELD, ""),
                        rule("party-screening", true, Outcome.HELD, ""), rule("annex-iv", true, Outcome.BLOCKED, "0A,5A003"),
                        rule("ear-de-minimis", true, Outcome.BLOCKED, "25"),
                        rule("ear-de-minimis-strict", true, Outcome.BLOCKED, "CU,IR,KP,SY:10"))
                .collect(Collectors.toMap(Rule::code, r -> r));
    }

    private static Rule rule(String code, boolean enabled, Outcome outcome, String parameter) {
        return new Rule(code, enabled, outcome, parameter, "system", Instant.now(), 0);
    }
}
