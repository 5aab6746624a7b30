package org.jointline.sharing.internal;

import java.time.LocalDate;
import java.util.function.Predicate;
import org.jointline.platform.InvalidInput;
import org.jointline.sharing.Constraint;
import org.jointline.sharing.Policy;
import org.jointline.sharing.PolicyTerms;
import org.jointline.sharing.Rule;
import tools.jackson.databind.JsonNode;

/**
 * Whether an onward policy is no broader than the policy it derives from: every permission of it must lie within
 * one permission of the original that covers all its actions (purposes, recipient countries a subset; dates within;
 * a download limit no higher; the watermark kept), and no action the original prohibits may be permitted.
 * A broader term is refused with its place named.
 */
public final class Narrower {

    private Narrower() {
    }

    /**
     * @param raw the onward policy as written, so that a refused term is named where the writer put it (the parsed
     *            policy is in canonical order)
     */
    public static void check(Policy onward, JsonNode raw, Policy original, String reference) {
        for (int i = 0; i < onward.permissions().size(); i++) {
            Rule rule = onward.permissions().get(i);
            String place = "policy.permission[" + i + "]";
            for (int j = 0; j < rule.actions().size(); j++) {
                String action = rule.actions().get(j);
                boolean permitted = original.permissions().stream().anyMatch(r -> r.covers(action));
                boolean prohibited = original.prohibitions().stream().anyMatch(r -> r.covers(action));
                if (!permitted || prohibited) {
                    throw new InvalidInput(place + ".action" + position(rule(raw, i).get("action"), n -> n.asString().equals(action)),
                            "sharing.onward.action-not-permitted", action, reference);
                }
            }
            InvalidInput first = null;
            for (Rule candidate : original.permissions()) {
                if (!rule.actions().stream().allMatch(candidate::covers)) {
                    continue;
                }
                InvalidInput broader = broader(rule, rule(raw, i), candidate, place, reference);
                if (broader == null) {
                    first = null;
                    break;
                }
                first = first == null ? broader : first;
            }
            if (first != null) {
                throw first;
            }
            if (original.permissions().stream().noneMatch(r -> rule.actions().stream().allMatch(r::covers))) {
                throw new InvalidInput(place + ".action", "sharing.onward.actions-split", reference);
            }
        }
    }

    /** What makes the rule broader than the original's, or {@code null} when it is not. */
    private static InvalidInput broader(Rule rule, JsonNode raw, Rule original, String place, String reference) {
        for (String operand : PolicyTerms.OPERANDS) {
            for (Constraint limit : original.on(operand)) {
                if (!meets(rule, limit)) {
                    JsonNode constraints = raw.get("constraint");
                    String at = position(constraints, c -> operand.equals(text(c, "leftOperand")) && limit.operator().equals(text(c, "operator")));
                    at = at.isEmpty() ? position(constraints, c -> operand.equals(text(c, "leftOperand"))) : at;
                    String field = place + ".constraint" + at;
                    return new InvalidInput(field, "sharing.onward.broader", operand, reference);
                }
            }
        }
        if (original.duties().contains("watermark") && !rule.duties().contains("watermark")) {
            return new InvalidInput(place + ".duty", "sharing.onward.watermark-required", reference);
        }
        return null;
    }

    /** Whether some constraint of the rule is at least as strict as the original's limit. */
    private static boolean meets(Rule rule, Constraint limit) {
        for (Constraint c : rule.on(limit.leftOperand())) {
            boolean strict = switch (limit.leftOperand()) {
                case PolicyTerms.PURPOSE, PolicyTerms.RECIPIENT_COUNTRY -> limit.rightOperand().containsAll(c.rightOperand());
                case PolicyTerms.DATE_TIME -> c.operator().equals(limit.operator()) && (limit.operator().equals("lteq")
                        ? !LocalDate.parse(c.first()).isAfter(LocalDate.parse(limit.first()))
                        : !LocalDate.parse(c.first()).isBefore(LocalDate.parse(limit.first())));
                case PolicyTerms.COUNT -> Integer.parseInt(c.first()) <= Integer.parseInt(limit.first());
                default -> false;
            };
            if (strict) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode rule(JsonNode raw, int index) {
        JsonNode rules = raw == null ? null : raw.get("permission");
        JsonNode rule = rules == null ? null : rules.isArray() ? rules.get(index) : rules;
        return rule == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : rule;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.isString() ? null : value.asString();
    }

    /** {@code [k]} for the first element of the list that matches; {@code ""} for a single value or none. */
    private static String position(JsonNode list, Predicate<JsonNode> matches) {
        if (list == null || !list.isArray()) {
            return "";
        }
        for (int k = 0; k < list.size(); k++) {
            if (matches.test(list.get(k))) {
                return "[" + k + "]";
            }
        }
        return "";
    }
}
