package org.jointline.engineering;

import java.time.LocalDate;
import java.util.List;

public record Explosion(ItemId root, LocalDate at, int depth, List<ExplosionRow> rows, int hiddenLines) {
}
