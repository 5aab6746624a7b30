package org.jointline.engineering.internal;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.BomLine;
import org.jointline.engineering.BomLineDetails;
import org.jointline.engineering.BomLineId;
import org.jointline.engineering.BomRevision;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.RevisionStatus;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.engineering.WhereUsedRow;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** BOM revisions and lines, and the recursive queries over them (one statement each, never a query per node). */
@Repository
public class Boms {

    private static final String REVISION = """
            SELECT r.*, (SELECT count(*) FROM engineering.bom_line l WHERE l.revision_id = r.id) AS line_count
            FROM engineering.bom_revision r""";
    private static final String LINE = """
            SELECT l.*, i.number, i.name, i.unit FROM engineering.bom_line l
            JOIN engineering.item i ON i.id = l.component_item_id""";

    /** The revision of an assembly in effect at :date: released and effective, else its latest draft. */
    static final String IN_EFFECT = """
            SELECT r.id, r.label, r.status FROM engineering.bom_revision r WHERE r.item_id = %s
            ORDER BY CASE WHEN r.status <> 'DRAFT' AND (r.effective_from IS NULL OR r.effective_from <= :date) THEN 0
                          WHEN r.status = 'DRAFT' THEN 1 ELSE 2 END,
                     r.effective_from DESC NULLS LAST, r.created_at DESC
            LIMIT 1""";

    private final JdbcClient jdbc;

    Boms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BomRevision> revisions(ItemId item) {
        return jdbc.sql(REVISION + " WHERE r.item_id = :item ORDER BY r.created_at DESC").param("item", item.value())
                .query(Boms::mapRevision).list();
    }

    public Optional<BomRevision> revision(BomRevisionId id) {
        return jdbc.sql(REVISION + " WHERE r.id = :id").param("id", id.value()).query(Boms::mapRevision).optional();
    }

    public List<BomLine> lines(BomRevisionId revision) {
        return jdbc.sql(LINE + " WHERE l.revision_id = :r ORDER BY l.position").param("r", revision.value())
                .query(Boms::mapLine).list();
    }

    public Optional<BomLine> line(BomLineId id) {
        return jdbc.sql(LINE + " WHERE l.id = :id").param("id", id.value()).query(Boms::mapLine).optional();
    }

    public void insertRevision(BomRevisionId id, ItemId item, String label, BomRevisionId copiedFrom, String note) {
        jdbc.sql("""
                INSERT INTO engineering.bom_revision (id, item_id, label, copied_from, note, created_at)
                VALUES (:id, :item, :label, :from, :note, :now)""")
                .param("id", id.value()).param("item", item.value()).param("label", label)
                .param("from", copiedFrom == null ? null : copiedFrom.value()).param("note", note)
                .param("now", Timestamp.from(Instant.now())).update();
    }

    public int nextPosition(BomRevisionId revision) {
        return jdbc.sql("SELECT coalesce(max(position), 0) + 10 FROM engineering.bom_line WHERE revision_id = :r")
                .param("r", revision.value()).query(Integer.class).single();
    }

    public void insertLines(BomRevisionId revision, List<BomLineId> ids, List<BomLineDetails> lines) {
        jdbc.sql("""
                INSERT INTO engineering.bom_line (id, revision_id, position, component_item_id, quantity, designators,
                                                  notes, do_not_place, alternates)
                SELECT t.id, :r, t.position, t.component, t.quantity,
                       coalesce(string_to_array(t.designators, ','), '{}'), t.notes, t.dnp,
                       coalesce(CAST(string_to_array(t.alternates, ',') AS UUID[]), '{}')
                FROM unnest(CAST(:ids AS UUID[]), CAST(:positions AS INT[]), CAST(:components AS UUID[]),
                            CAST(:quantities AS NUMERIC[]), CAST(:designators AS TEXT[]), CAST(:notes AS TEXT[]),
                            CAST(:dnp AS BOOLEAN[]), CAST(:alternates AS TEXT[]))
                     AS t(id, position, component, quantity, designators, notes, dnp, alternates)""")
                .param("r", revision.value())
                .param("ids", ids.stream().map(BomLineId::value).toArray(UUID[]::new))
                .param("positions", lines.stream().map(BomLineDetails::position).toArray(Integer[]::new))
                .param("components", lines.stream().map(l -> l.componentId().value()).toArray(UUID[]::new))
                .param("quantities", lines.stream().map(BomLineDetails::quantity).toArray(BigDecimal[]::new))
                .param("designators", lines.stream().map(l -> l.designators().isEmpty() ? null
                        : String.join(",", l.designators())).toArray(String[]::new))
                .param("notes", lines.stream().map(BomLineDetails::notes).toArray(String[]::new))
                .param("dnp", lines.stream().map(BomLineDetails::doNotPlace).toArray(Boolean[]::new))
                .param("alternates", lines.stream().map(l -> l.alternates().isEmpty() ? null
                        : String.join(",", l.alternates().stream().map(ItemId::toString).toList())).toArray(String[]::new))
                .update();
    }

    public void updateLine(BomLineId id, BomLineDetails d) {
        jdbc.sql("""
                UPDATE engineering.bom_line SET component_item_id = :component, quantity = :quantity,
                       position = coalesce(:position, position), designators = :designators, notes = :notes,
                       do_not_place = :dnp, alternates = :alternates
                WHERE id = :id""")
                .param("id", id.value()).param("component", d.componentId().value()).param("quantity", d.quantity())
                .param("position", d.position()).param("designators", d.designators().toArray(String[]::new))
                .param("notes", d.notes()).param("dnp", d.doNotPlace())
                .param("alternates", d.alternates().stream().map(ItemId::value).toArray(UUID[]::new)).update();
    }

    public void deleteLine(BomLineId id) {
        jdbc.sql("DELETE FROM engineering.bom_line WHERE id = :id").param("id", id.value()).update();
    }

    /** Releases the revision and supersedes the assembly's earlier releases. */
    public void release(BomRevisionId id, ItemId item, LocalDate effectiveFrom, String serialFrom, String serialTo, UUID by) {
        jdbc.sql("UPDATE engineering.bom_revision SET status = 'SUPERSEDED' WHERE item_id = :item AND status = 'RELEASED'")
                .param("item", item.value()).update();
        jdbc.sql("""
                UPDATE engineering.bom_revision SET status = 'RELEASED', effective_from = :from, serial_from = :sf,
                       serial_to = :st, released_at = :now, released_by = :by, version = version + 1
                WHERE id = :id AND status = 'DRAFT'""")
                .param("id", id.value()).param("from", Date.valueOf(effectiveFrom)).param("sf", serialFrom)
                .param("st", serialTo).param("now", Timestamp.from(Instant.now())).param("by", by).update();
    }

    /** A path from one of the {@code components} down to {@code assembly} through any revision, if one exists. */
    public Optional<List<UUID>> pathDown(java.util.Collection<ItemId> components, ItemId assembly) {
        return jdbc.sql("""
                WITH RECURSIVE down(item_id, path) AS (
                    SELECT c, ARRAY[c] FROM unnest(CAST(:components AS UUID[])) AS c
                    UNION ALL
                    SELECT l.component_item_id, d.path || l.component_item_id
                    FROM down d
                    JOIN engineering.bom_revision r ON r.item_id = d.item_id
                    JOIN engineering.bom_line l ON l.revision_id = r.id
                    WHERE NOT l.component_item_id = ANY(d.path) AND cardinality(d.path) < 100
                )
                SELECT path FROM down WHERE item_id = :assembly LIMIT 1""")
                .param("components", components.stream().map(ItemId::value).distinct().toArray(UUID[]::new))
                .param("assembly", assembly.value())
                .query((rs, n) -> Arrays.asList((UUID[]) rs.getArray(1).getArray())).optional();
    }

    /**
     * Assemblies that use the item, level by level. UNION (not UNION ALL) keeps one row per assembly and
     * level however many paths lead there, so the work grows with the assemblies, not with the paths; the
     * level bound stops a loop (loops are refused when lines are added).
     */
    public static final String WHERE_USED = """
                WITH RECURSIVE up(level, assembly_id, revision_id, quantity) AS (
                    SELECT 1, r.item_id, r.id, l.quantity
                    FROM engineering.bom_line l JOIN engineering.bom_revision r ON r.id = l.revision_id
                    WHERE l.component_item_id = :item AND r.status <> 'SUPERSEDED'
                    UNION
                    SELECT u.level + 1, r.item_id, r.id, l.quantity
                    FROM up u
                    JOIN engineering.bom_line l ON l.component_item_id = u.assembly_id
                    JOIN engineering.bom_revision r ON r.id = l.revision_id
                    WHERE r.status <> 'SUPERSEDED' AND u.level < :max
                )
                SELECT DISTINCT ON (u.level, u.assembly_id, u.revision_id) u.level, u.assembly_id, u.quantity,
                       i.number, i.name, i.kind, r.label, r.status
                FROM up u JOIN engineering.item i ON i.id = u.assembly_id
                JOIN engineering.bom_revision r ON r.id = u.revision_id
                WHERE CAST(:owners AS UUID[]) IS NULL OR i.owner_organisation_id = ANY(:owners)
                      OR i.id = ANY(CAST(:shared AS UUID[]))
                ORDER BY u.level, u.assembly_id, u.revision_id""";


    public List<WhereUsedRow> whereUsed(ItemId item, int maxLevel, org.jointline.engineering.Reach reach) {
        return jdbc.sql(WHERE_USED)
                .param("item", item.value()).param("max", maxLevel).param("owners", reach.ownerArray())
                .param("shared", reach.itemArray())
                .query((rs, n) -> new WhereUsedRow(rs.getInt("level"), new ItemId(rs.getObject("assembly_id", UUID.class)),
                        rs.getString("number"), rs.getString("name"), ItemKind.valueOf(rs.getString("kind")),
                        rs.getString("label"), RevisionStatus.valueOf(rs.getString("status")), rs.getBigDecimal("quantity")))
                .list();
    }

    static BomRevision mapRevision(ResultSet rs, int row) throws SQLException {
        Date effective = rs.getDate("effective_from");
        Timestamp released = rs.getTimestamp("released_at");
        UUID copied = rs.getObject("copied_from", UUID.class);
        return new BomRevision(new BomRevisionId(rs.getObject("id", UUID.class)), new ItemId(rs.getObject("item_id", UUID.class)),
                rs.getString("label"), RevisionStatus.valueOf(rs.getString("status")),
                effective == null ? null : effective.toLocalDate(), rs.getString("serial_from"), rs.getString("serial_to"),
                copied == null ? null : new BomRevisionId(copied), rs.getString("note"),
                released == null ? null : released.toInstant(), rs.getInt("line_count"), rs.getInt("version"));
    }

    static BomLine mapLine(ResultSet rs, int row) throws SQLException {
        return new BomLine(new BomLineId(rs.getObject("id", UUID.class)), new BomRevisionId(rs.getObject("revision_id", UUID.class)),
                rs.getInt("position"), new ItemId(rs.getObject("component_item_id", UUID.class)), rs.getString("number"),
                rs.getString("name"), rs.getBigDecimal("quantity").stripTrailingZeros(), UnitOfMeasure.valueOf(rs.getString("unit")),
                strings(rs.getArray("designators")), rs.getString("notes"), rs.getBoolean("do_not_place"),
                Arrays.stream((UUID[]) rs.getArray("alternates").getArray()).map(ItemId::new).toList());
    }

    static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
