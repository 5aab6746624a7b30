package org.jointline.engineering.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jointline.engineering.ExplosionRow;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.Reach;
import org.jointline.engineering.RevisionStatus;
import org.jointline.engineering.UnitOfMeasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indented BOM of an item in one recursive statement: each assembly expands through its revision in
 * effect at the date (a given revision for the root), quantities multiply down the tree. There is no path
 * check against loops here: they are refused whenever lines are written (BomManagement), and the depth
 * bound ends the walk should one ever be written around the service.
 */
@Repository
public class Explosions {

    public static final String SQL = """
            WITH RECURSIVE effective AS MATERIALIZED (
                SELECT DISTINCT ON (r.item_id) r.item_id, r.id, r.label, r.status FROM engineering.bom_revision r
                WHERE CAST(:rootRevision AS UUID) IS NULL OR r.item_id <> :root OR r.id = :rootRevision
                ORDER BY r.item_id,
                         CASE WHEN r.status <> 'DRAFT' AND (r.effective_from IS NULL OR r.effective_from <= :date) THEN 0
                              WHEN r.status = 'DRAFT' THEN 1 ELSE 2 END,
                         r.effective_from DESC NULLS LAST, r.created_at DESC
            ),
            tree(level, item_id, quantity, extended, designators, dnp, revision, revision_status, sort) AS (
                SELECT 0, i.id, CAST(1 AS NUMERIC), CAST(1 AS NUMERIC), '', FALSE, CAST(NULL AS TEXT), CAST(NULL AS TEXT),
                       ''
                FROM engineering.item i WHERE i.id = :root
                UNION ALL
                SELECT t.level + 1, l.component_item_id, l.quantity, t.extended * l.quantity,
                       array_to_string(l.designators, ','), l.do_not_place, e.label, e.status,
                       t.sort || lpad(CAST(l.position AS TEXT), 7, '0')
                FROM tree t
                JOIN effective e ON e.item_id = t.item_id
                JOIN engineering.bom_line l ON l.revision_id = e.id
                WHERE t.level < :depth
            )
            SELECT t.level, t.item_id, trim_scale(t.quantity) AS quantity, trim_scale(t.extended) AS extended, t.designators, t.dnp, t.revision, t.revision_status,
                   i.number, i.name, i.kind, i.unit, i.owner_organisation_id,
                   i.kind IN ('ASSEMBLY', 'END_ITEM') AS has_children
            FROM tree t JOIN engineering.item i ON i.id = t.item_id
            ORDER BY t.sort COLLATE "C"
            """;


    private final JdbcClient jdbc;

    Explosions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows in tree order; a row whose component the viewer may not see is hidden, with nothing below it. */
    public List<ExplosionRow> explode(ItemId root, UUID rootRevision, int depth, LocalDate date, Reach reach) {
        List<Row> rows = jdbc.sql(SQL).param("root", root.value()).param("rootRevision", rootRevision)
                .param("depth", depth).param("date", Date.valueOf(date)).query((rs, n) -> new Row(
                        rs.getInt("level"), rs.getObject("owner_organisation_id", UUID.class), new ExplosionRow(
                        rs.getInt("level"), new ItemId(rs.getObject("item_id", UUID.class)), rs.getString("number"),
                        rs.getString("name"), ItemKind.valueOf(rs.getString("kind")), UnitOfMeasure.valueOf(rs.getString("unit")),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("extended"),
                        designators(rs.getString("designators")), rs.getBoolean("dnp"), rs.getString("revision"),
                        rs.getString("revision_status") == null ? null : RevisionStatus.valueOf(rs.getString("revision_status")),
                        false, rs.getBoolean("has_children")))).list();
        return hide(rows, reach);
    }

    /** Hides the lines the viewer may not see, and everything below them, in one pass over the rows. */
    public static List<ExplosionRow> hide(List<Row> rows, Reach reach) {
        List<ExplosionRow> visible = new ArrayList<>(rows.size());
        int hiddenBelow = Integer.MAX_VALUE;
        for (Row row : rows) {
            if (row.level() > hiddenBelow) {
                continue;
            }
            hiddenBelow = Integer.MAX_VALUE;
            if (row.level() > 0 && !reach.seesItem(row.owner(), row.view().itemId().value())) {
                hiddenBelow = row.level();
                ExplosionRow r = row.view();
                visible.add(new ExplosionRow(r.level(), null, null, null, null, null, null, null, List.of(), false,
                        r.revision(), r.revisionStatus(), true, false));
            } else {
                visible.add(row.view());
            }
        }
        return visible;
    }

    private static List<String> designators(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    public record Row(int level, UUID owner, ExplosionRow view) {
    }

}
