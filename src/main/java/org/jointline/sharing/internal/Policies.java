package org.jointline.sharing.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jointline.platform.InvalidInput;
import org.jointline.sharing.Constraint;
import org.jointline.sharing.Policy;
import org.jointline.sharing.PolicyTerms;
import org.jointline.sharing.Rule;
import tools.jackson.databind.JsonNode;

/**
 * Reads a policy written in the vocabulary of {@link PolicyTerms}, refusing anything else with a message that
 * names the place ({@code policy.permission[0].action[1]}), and brings it to one canonical form: actions,
 * duties and values sorted and without repeats, a single value of {@code eq} as {@code isAnyOf}.
 */
public final class Policies {

    private static final Set<String> POLICY_KEYS = Set.of("permission", "prohibition");
    private static final Set<String> RULE_KEYS = Set.of("action", "constraint", "duty");
    private static final Set<String> CONSTRAINT_KEYS = Set.of("leftOperand", "operator", "rightOperand");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Policies() {
    }

    public static Policy parse(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidInput("policy", "sharing.policy.not-an-object");
        }
        unknownKeys(json, POLICY_KEYS, "policy");
        List<Rule> permissions = rules(json.get("permission"), "policy.permission", true);
        List<Rule> prohibitions = rules(json.get("prohibition"), "policy.prohibition", false);
        if (permissions.isEmpty()) {
            throw new InvalidInput("policy.permission", "sharing.policy.no-permission");
        }
        return new Policy(permissions, prohibitions);
    }

    /** The canonical text of a policy (RFC 8785), as stored and as hashed into the ledger. */
    public static String canonical(Policy policy) {
        return CanonicalJson.of(policy.toJson());
    }

    private static List<Rule> rules(JsonNode node, String path, boolean permission) {
        List<Rule> rules = new ArrayList<>();
        if (node == null || node.isNull()) {
            return rules;
        }
        if (!node.isArray()) {
            throw new InvalidInput(path, "sharing.policy.not-a-list");
        }
        for (int i = 0; i < node.size(); i++) {
            rules.add(rule(node.get(i), path + "[" + i + "]", permission));
        }
        return rules;
    }

    private static Rule rule(JsonNode node, String path, boolean permission) {
        if (!node.isObject()) {
            throw new InvalidInput(path, "sharing.policy.not-an-object");
        }
        unknownKeys(node, RULE_KEYS, path);
        List<String> actions = terms(node.get("action"), path + ".action", PolicyTerms.ACTIONS, "sharing.policy.unknown-action");
        if (actions.isEmpty()) {
            throw new InvalidInput(path + ".action", "sharing.policy.no-action");
        }
        List<Constraint> constraints = new ArrayList<>();
        JsonNode list = node.get("constraint");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                throw new InvalidInput(path + ".constraint", "sharing.policy.not-a-list");
            }
            for (int i = 0; i < list.size(); i++) {
                constraints.add(constraint(list.get(i), path + ".constraint[" + i + "]", actions));
            }
        }
        checkDates(constraints, path);
        List<String> duties = new ArrayList<>();
        JsonNode dutyList = node.get("duty");
        if (dutyList != null && !dutyList.isNull()) {
            if (!permission && !dutyList.isEmpty()) {
                throw new InvalidInput(path + ".duty", "sharing.policy.duty-on-prohibition");
            }
            if (!dutyList.isArray()) {
                throw new InvalidInput(path + ".duty", "sharing.policy.not-a-list");
            }
            for (int i = 0; i < dutyList.size(); i++) {
                JsonNode duty = dutyList.get(i);
                JsonNode action = duty.isObject() ? duty.get("action") : duty;
                if (duty.isObject()) {
                    unknownKeys(duty, Set.of("action"), path + ".duty[" + i + "]");
                }
                String term = action == null ? "" : action.asString();
                if (!PolicyTerms.DUTIES.contains(term)) {
                    throw new InvalidInput(path + ".duty[" + i + "]", "sharing.policy.unknown-duty", term);
                }
                duties.add(term);
            }
        }
        return new Rule(sorted(actions), sortedConstraints(constraints), sorted(duties));
    }

    private static Constraint constraint(JsonNode node, String path, List<String> actions) {
        if (!node.isObject()) {
            throw new InvalidInput(path, "sharing.policy.not-an-object");
        }
        unknownKeys(node, CONSTRAINT_KEYS, path);
        String operand = text(node, "leftOperand", path);
        if (!PolicyTerms.OPERANDS.contains(operand)) {
            throw new InvalidInput(path + ".leftOperand", "sharing.policy.unknown-field", operand);
        }
        String operator = text(node, "operator", path);
        if (!PolicyTerms.operators(operand).contains(operator)) {
            throw new InvalidInput(path + ".operator", "sharing.policy.unknown-operator", operator, operand,
                    String.join(", ", PolicyTerms.operators(operand)));
        }
        JsonNode right = node.get("rightOperand");
        List<String> values = new ArrayList<>();
        if (right == null || right.isNull()) {
            throw new InvalidInput(path + ".rightOperand", "sharing.policy.value-required", operand);
        }
        if (right.isArray()) {
            right.forEach(v -> values.add(v.asString()));
        } else {
            values.add(right.asString());
        }
        if (values.isEmpty() || ("lteq".equals(operator) || "gteq".equals(operator)) && values.size() != 1) {
            throw new InvalidInput(path + ".rightOperand", "sharing.policy.value-required", operand);
        }
        for (int i = 0; i < values.size(); i++) {
            values.set(i, value(operand, values.get(i), path + ".rightOperand", actions));
        }
        return new Constraint(operand, "eq".equals(operator) ? "isAnyOf" : operator, new ArrayList<>(new TreeSet<>(values)));
    }

    private static String value(String operand, String value, String path, List<String> actions) {
        String v = value.strip();
        switch (operand) {
            case PolicyTerms.PURPOSE -> {
                if (!PolicyTerms.PURPOSES.contains(v)) {
                    throw new InvalidInput(path, "sharing.policy.unknown-purpose", v, String.join(", ", PolicyTerms.PURPOSES));
                }
            }
            case PolicyTerms.RECIPIENT_COUNTRY -> {
                v = v.toUpperCase(Locale.ROOT);
                if (!COUNTRIES.contains(v)) {
                    throw new InvalidInput(path, "sharing.policy.unknown-country", value);
                }
            }
            case PolicyTerms.DATE_TIME -> {
                try {
                    v = LocalDate.parse(v).toString();
                } catch (DateTimeParseException e) {
                    throw new InvalidInput(path, "sharing.policy.bad-date", value);
                }
            }
            case PolicyTerms.COUNT -> {
                if (!actions.contains("download")) {
                    throw new InvalidInput(path, "sharing.policy.count-without-download");
                }
                try {
                    int n = Integer.parseInt(v);
                    if (n < 1) {
                        throw new NumberFormatException();
                    }
                    v = Integer.toString(n);
                } catch (NumberFormatException e) {
                    throw new InvalidInput(path, "sharing.policy.bad-count", value);
                }
            }
            default -> throw new IllegalStateException(operand);
        }
        return v;
    }

    private static void checkDates(List<Constraint> constraints, String path) {
        LocalDate from = null;
        LocalDate until = null;
        for (Constraint c : constraints) {
            if (c.leftOperand().equals(PolicyTerms.DATE_TIME)) {
                LocalDate d = LocalDate.parse(c.first());
                if (c.operator().equals("gteq")) {
                    from = from == null || d.isAfter(from) ? d : from;
                } else {
                    until = until == null || d.isBefore(until) ? d : until;
                }
            }
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new InvalidInput(path + ".constraint", "sharing.policy.ends-before-start", until, from);
        }
    }

    private static List<String> terms(JsonNode node, String path, List<String> allowed, String unknownKey) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String term = node.get(i).asString();
                if (!allowed.contains(term)) {
                    throw new InvalidInput(path + "[" + i + "]", unknownKey, term);
                }
                values.add(term);
            }
        } else {
            String term = node.asString();
            if (!allowed.contains(term)) {
                throw new InvalidInput(path, unknownKey, term);
            }
            values.add(term);
        }
        return values;
    }

    private static String text(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull() || !value.isString() || value.asString().isBlank()) {
            throw new InvalidInput(path + "." + key, "sharing.policy.value-required", key);
        }
        return value.asString().strip();
    }

    private static void unknownKeys(JsonNode node, Set<String> allowed, String path) {
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new InvalidInput(path + "." + name, "sharing.policy.unknown-term", name);
            }
        }
    }

    private static List<String> sorted(List<String> terms) {
        return List.copyOf(new TreeSet<>(terms));
    }

    private static List<Constraint> sortedConstraints(List<Constraint> constraints) {
        return constraints.stream().sorted(java.util.Comparator.comparing(Constraint::leftOperand)
                .thenComparing(Constraint::operator).thenComparing(c -> String.join(",", c.rightOperand()))).toList();
    }
}
