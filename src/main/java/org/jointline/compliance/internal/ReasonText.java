package org.jointline.compliance.internal;

import java.util.List;

/** A reason as stored: the rule that produced it and a message key with its arguments (rendered per language). */
public record ReasonText(String rule, String key, List<String> args) {

    public ReasonText {
        args = List.copyOf(args);
    }

    public static ReasonText of(String rule, String key, Object... args) {
        return new ReasonText(rule, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
