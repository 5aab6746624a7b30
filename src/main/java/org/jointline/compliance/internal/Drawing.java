package org.jointline.compliance.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jointline.compliance.AssessmentId;
import org.springframework.stereotype.Component;

/**
 * Draws the cleared lines of one assessment down from their authorisations: all or nothing. Amounts are summed
 * per authorisation and drawn in id order, so that two assessments never wait on each other in a circle.
 */
@Component
public class Drawing {

    /** What one line takes from one authorisation. */
    public record Take(UUID authorisation, int line, BigDecimal quantity, BigDecimal value) {
    }

    private final AuthorisationRows authorisations;

    Drawing(AuthorisationRows authorisations) {
        this.authorisations = authorisations;
    }

    /** Draws everything, or nothing and names the authorisation whose ceiling would be passed. */
    public Optional<UUID> draw(List<Take> takes) {
        Map<UUID, BigDecimal[]> sums = new TreeMap<>();
        takes.forEach(t -> sums.merge(t.authorisation(), new BigDecimal[]{t.quantity(), t.value()},
                (a, b) -> new BigDecimal[]{a[0].add(b[0]), a[1].add(b[1])}));
        List<UUID> drawn = new ArrayList<>();
        for (Map.Entry<UUID, BigDecimal[]> sum : sums.entrySet()) {
            if (!authorisations.drawDown(sum.getKey(), sum.getValue()[0], sum.getValue()[1])) {
                drawn.forEach(id -> authorisations.giveBack(id, sums.get(id)[0], sums.get(id)[1]));
                return Optional.of(sum.getKey());
            }
            drawn.add(sum.getKey());
        }
        return Optional.empty();
    }

    /** Records what each line took, once the assessment itself is recorded. */
    public void record(AssessmentId assessment, List<Take> takes) {
        takes.forEach(t -> authorisations.recordDrawdown(t.authorisation(), assessment, t.line(), t.quantity(), t.value()));
    }
}
