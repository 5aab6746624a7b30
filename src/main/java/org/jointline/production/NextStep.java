package org.jointline.production;

import java.util.List;

/** What the person at the station should do next with this unit: a message key and its arguments. */
public record NextStep(String key, List<String> arguments) {
}
