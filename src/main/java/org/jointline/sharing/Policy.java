package org.jointline.sharing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A sharing policy: permissions and prohibitions; a prohibition beats a permission, and what none permits is denied. */
public record Policy(List<Rule> permissions, List<Rule> prohibitions) {

    public Policy {
        permissions = List.copyOf(permissions);
        prohibitions = List.copyOf(prohibitions);
    }

    /** The policy as plain JSON values, in the vocabulary's own names ({@code permission}, {@code action}...). */
    @SuppressWarnings("unchecked")
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("permission", rules(permissions));
        json.put("prohibition", rules(prohibitions));
        ((List<Map<String, Object>>) (List<?>) json.get("prohibition")).forEach(r -> r.remove("duty"));
        return json;
    }

    private static List<Object> rules(List<Rule> rules) {
        List<Object> out = new ArrayList<>();
        for (Rule rule : rules) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("action", rule.actions());
            List<Object> constraints = new ArrayList<>();
            rule.constraints().forEach(c -> constraints.add(Map.of("leftOperand", c.leftOperand(),
                    "operator", c.operator(), "rightOperand", c.rightOperand())));
            r.put("constraint", constraints);
            r.put("duty", rule.duties().stream().map(d -> Map.of("action", d)).toList());
            out.add(r);
        }
        return out;
    }
}
