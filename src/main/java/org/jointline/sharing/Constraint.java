package org.jointline.sharing;

import java.util.List;

/** An ODRL-style constraint: {@code purpose isAnyOf [production]}, {@code dateTime lteq 2026-12-31}, {@code count lteq 3}. */
public record Constraint(String leftOperand, String operator, List<String> rightOperand) {

    public Constraint {
        rightOperand = List.copyOf(rightOperand);
    }

    public String first() {
        return rightOperand.getFirst();
    }
}
