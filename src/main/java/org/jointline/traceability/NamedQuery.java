package org.jointline.traceability;

import java.util.List;
import java.util.Map;

/** A query saved under a name by an organisation (the binding's /queries). */
public record NamedQuery(String name, Map<String, List<String>> query) {
}
