package org.jointline.compliance;

import java.util.List;
import java.util.Map;
import org.jointline.compliance.internal.ReferenceRows;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Embargoed destinations and the decision rules, as data: everyone signed in reads them, administrators change
 * them, and every change is kept with its reason.
 */
@Service
@Transactional
public class ComplianceRules {

    private final ReferenceRows rows;

    ComplianceRules(ReferenceRows rows) {
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public List<Embargo> embargoes() {
        return rows.embargoes();
    }

    @Transactional(readOnly = true)
    public List<Rule> rules() {
        return List.copyOf(rows.rules().values());
    }

    @Transactional(readOnly = true)
    public PageResult<ReferenceChange> history(PageQuery query) {
        return rows.history(query);
    }

    public Embargo setEmbargo(Actor actor, EmbargoDetails d) {
        actor.require(Role.ADMINISTRATOR);
        String before = rows.embargo(d.country()).map(e -> (e.active() ? "active: " : "lifted: ") + e.source()).orElse(null);
        rows.saveEmbargo(d.country(), d.source().strip(), d.active(), actor.displayName());
        rows.recordChange("embargo " + d.country(), before, (d.active() ? "active: " : "lifted: ") + d.source().strip(),
                d.reason().strip(), actor.displayName());
        return rows.embargo(d.country()).orElseThrow();
    }

    public Rule changeRule(Actor actor, String code, RuleChange change) {
        actor.require(Role.ADMINISTRATOR);
        Map<String, Rule> all = rows.rules();
        Rule before = all.get(code);
        if (before == null) {
            throw new NotFound("rule", code);
        }
        String parameter = change.parameter() == null ? "" : change.parameter().strip();
        checkParameter(code, parameter);
        int version = change.version() == null ? before.version() : change.version();
        if (!rows.saveRule(code, change.enabled(), change.outcome(), parameter, actor.displayName(), version)) {
            throw new StateRefused("compliance.rule-changed-meanwhile", code);
        }
        rows.recordChange("rule " + code, describe(before.enabled(), before.outcome(), before.parameter()),
                describe(change.enabled(), change.outcome(), parameter), change.reason().strip(), actor.displayName());
        return rows.rules().get(code);
    }

    private static void checkParameter(String code, String parameter) {
        try {
            switch (code) {
                case "ear-de-minimis" -> new java.math.BigDecimal(parameter);
                case "ear-de-minimis-strict" -> new java.math.BigDecimal(parameter.substring(parameter.lastIndexOf(':') + 1).strip());
                case "eu-members" -> {
                    if (!parameter.matches("[A-Z]{2}( *, *[A-Z]{2})*")) {
                        throw new NumberFormatException();
                    }
                }
                default -> { }
            }
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new InvalidInput("parameter", "compliance.rule-parameter", code);
        }
    }

    private static String describe(boolean enabled, Outcome outcome, String parameter) {
        return (enabled ? "on" : "off") + ", " + outcome + (parameter.isEmpty() ? "" : ", " + parameter);
    }
}
