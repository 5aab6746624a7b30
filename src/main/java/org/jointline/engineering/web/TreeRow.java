package org.jointline.engineering.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.jointline.engineering.Explosion;
import org.jointline.engineering.ExplosionRow;

/**
 * A row of the BOM tree on the item page. {@code key} places it in the tree ("2-1" is the first child of
 * the second line) so that a collapse can remove its descendants; {@code extended} is per one root unit.
 */
public record TreeRow(String key, int level, ExplosionRow row, BigDecimal extended) {

    static final String KEY = "\\d{1,4}(-\\d{1,4}){0,49}";

    /** The direct children in a one-level explosion, one level below {@code parentKey}. */
    static List<TreeRow> children(Explosion explosion, String parentKey, int level, BigDecimal factor) {
        List<ExplosionRow> rows = explosion.rows().stream().filter(r -> r.level() == 1).toList();
        return IntStream.range(0, rows.size()).mapToObj(i -> new TreeRow(
                parentKey == null ? String.valueOf(i + 1) : parentKey + "-" + (i + 1), level, rows.get(i),
                times(rows.get(i).extendedQuantity(), factor))).toList();
    }

    /** The exploded item itself, as the row it is in the tree. */
    static TreeRow parent(Explosion explosion, String key, int level, BigDecimal extended) {
        return new TreeRow(key, level, explosion.rows().getFirst(), extended);
    }

    public boolean expandable() {
        return !row.hidden() && row.hasChildren();
    }

    /** Rows under this one carry keys that start with this prefix. */
    public String descendantSelector() {
        return "[data-tree^=\"" + key + "-\"]";
    }

    private static BigDecimal times(BigDecimal quantity, BigDecimal factor) {
        return quantity == null ? null : quantity.multiply(factor).stripTrailingZeros();
    }
}
