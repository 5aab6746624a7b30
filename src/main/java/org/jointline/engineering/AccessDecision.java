package org.jointline.engineering;

import java.util.List;

/**
 * Permit or deny, with the reasons a person can read (stable codes such as {@code agreement-permits},
 * {@code prohibited}, {@code no-agreement}).
 *
 * @param watermark the text a downloaded document must carry, when a duty asks for it; else {@code null}
 */
public record AccessDecision(boolean permitted, List<String> reasons, String watermark) {

    public AccessDecision {
        reasons = List.copyOf(reasons);
    }

    public static AccessDecision permit(String reason) {
        return new AccessDecision(true, List.of(reason), null);
    }

    public static AccessDecision deny(String reason) {
        return new AccessDecision(false, List.of(reason), null);
    }
}
