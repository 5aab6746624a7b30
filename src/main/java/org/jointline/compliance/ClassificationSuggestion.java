package org.jointline.compliance;

import java.util.List;

/** A (regime, code) found on components of an assembly, with the components that carry it: a hint, never a decision. */
public record ClassificationSuggestion(Regime regime, String code, List<String> components) {

    public ClassificationSuggestion {
        components = List.copyOf(components);
    }
}
