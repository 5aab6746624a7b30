package org.jointline.sharing;

import java.util.List;

/** A permission or prohibition: the actions it is about, the constraints under which it applies, its duties. */
public record Rule(List<String> actions, List<Constraint> constraints, List<String> duties) {

    public Rule {
        actions = List.copyOf(actions);
        constraints = List.copyOf(constraints);
        duties = List.copyOf(duties);
    }

    public boolean covers(String action) {
        return actions.contains(action);
    }

    public List<Constraint> on(String operand) {
        return constraints.stream().filter(c -> c.leftOperand().equals(operand)).toList();
    }
}
