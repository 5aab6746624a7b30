package org.jointline.compliance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointline.compliance.ClassificationDetails;
import org.jointline.compliance.ClassificationEntry;
import org.jointline.compliance.ClassifiedSubject;
import org.jointline.compliance.Codes;
import org.jointline.compliance.Regime;
import org.jointline.compliance.SubjectKind;
import org.jointline.compliance.UsContent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Classification entries (withdrawn ones are the history) and US content per item. */
@Repository
public class ClassificationRows {

    private static final String SELECT = """
            SELECT c.*, coalesce(e.label, '') AS label FROM compliance.classification c
              LEFT JOIN compliance.control_entry e ON e.regime = c.regime AND e.code = c.code
            """;

    /** The owner and kind of a subject an entry belongs to. */
    public record Owner(UUID entryId, SubjectKind kind, UUID subjectId, UUID ownerId, boolean current) {
    }

    private final JdbcClient jdbc;

    ClassificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ClassificationEntry> current(UUID subject) {
        return jdbc.sql(SELECT + " WHERE c.subject_id = :s AND c.withdrawn_at IS NULL ORDER BY c.regime, c.code")
                .param("s", subject).query(ClassificationRows::map).list();
    }

    public List<ClassificationEntry> history(UUID subject) {
        return jdbc.sql(SELECT + " WHERE c.subject_id = :s ORDER BY coalesce(c.withdrawn_at, c.classified_at) DESC")
                .param("s", subject).query(ClassificationRows::map).list();
    }

    public Map<UUID, List<ClassificationEntry>> current(Collection<UUID> subjects) {
        Map<UUID, List<ClassificationEntry>> found = new HashMap<>();
        subjects.forEach(s -> found.put(s, new java.util.ArrayList<>()));
        jdbc.sql(SELECT + " WHERE c.subject_id = ANY(:s) AND c.withdrawn_at IS NULL ORDER BY c.regime, c.code")
                .param("s", subjects.toArray(UUID[]::new))
                .query((rs, n) -> found.get(rs.getObject("subject_id", UUID.class)).add(map(rs, n))).list();
        return found;
    }

    public boolean exists(UUID subject, Regime regime, String code) {
        return jdbc.sql("SELECT count(*) FROM compliance.classification WHERE subject_id = :s AND regime = :r AND code = :c"
                        + " AND withdrawn_at IS NULL").param("s", subject).param("r", regime.name()).param("c", code)
                .query(Long.class).single() > 0;
    }

    public void insert(UUID id, SubjectKind kind, UUID subject, UUID owner, ClassificationDetails d, UUID by, String byName) {
        jdbc.sql("""
                INSERT INTO compliance.classification (id, subject_kind, subject_id, owner_id, regime, code, rationale,
                       classified_by, classified_by_name, classified_at)
                VALUES (:id, :kind, :subject, :owner, :regime, :code, :rationale, :by, :byName, :at)
                """).param("id", id).param("kind", kind.name()).param("subject", subject).param("owner", owner)
                .param("regime", d.regime().name()).param("code", Codes.normal(d.code())).param("rationale", d.rationale())
                .param("by", by).param("byName", byName).param("at", Timestamp.from(Instant.now())).update();
    }

    public Optional<Owner> owner(UUID entry) {
        return jdbc.sql("SELECT id, subject_kind, subject_id, owner_id, withdrawn_at IS NULL AS current FROM compliance.classification WHERE id = :id")
                .param("id", entry).query((rs, n) -> new Owner(rs.getObject("id", UUID.class),
                        SubjectKind.valueOf(rs.getString("subject_kind")), rs.getObject("subject_id", UUID.class),
                        rs.getObject("owner_id", UUID.class), rs.getBoolean("current"))).optional();
    }

    public void withdraw(UUID entry, String byName, String reason) {
        jdbc.sql("UPDATE compliance.classification SET withdrawn_at = now(), withdrawn_by_name = :by, withdrawn_reason = :reason"
                        + " WHERE id = :id AND withdrawn_at IS NULL")
                .param("id", entry).param("by", byName).param("reason", reason).update();
    }

    public Optional<UsContent> usContent(UUID item) {
        return jdbc.sql("SELECT * FROM compliance.us_content WHERE item_id = :id").param("id", item)
                .query(ClassificationRows::usContent).optional();
    }

    public Map<UUID, UsContent> usContents(Collection<UUID> items) {
        Map<UUID, UsContent> found = new HashMap<>();
        jdbc.sql("SELECT * FROM compliance.us_content WHERE item_id = ANY(:ids)").param("ids", items.toArray(UUID[]::new))
                .query((rs, n) -> found.put(rs.getObject("item_id", UUID.class), usContent(rs, n))).list();
        return found;
    }

    public void saveUsContent(UUID item, UUID owner, BigDecimal us, BigDecimal unit, String byName) {
        jdbc.sql("""
                INSERT INTO compliance.us_content (item_id, owner_id, us_value, unit_value, changed_by_name, changed_at)
                VALUES (:id, :owner, :us, :unit, :by, now())
                ON CONFLICT (item_id) DO UPDATE SET us_value = :us, unit_value = :unit, changed_by_name = :by, changed_at = now()
                """).param("id", item).param("owner", owner).param("us", us).param("unit", unit).param("by", byName).update();
    }

    /** Subjects currently carrying a code within {@code code} of the regime (or any code when null). */
    public List<ClassifiedSubject> classifiedAs(Regime regime, String code, SubjectKind kind, int limit) {
        String normal = code == null ? null : Codes.normal(code);
        return jdbc.sql("""
                SELECT subject_kind, subject_id, owner_id, regime, code FROM compliance.classification
                 WHERE withdrawn_at IS NULL AND regime = :regime
                   AND (CAST(:kind AS TEXT) IS NULL OR subject_kind = :kind)
                   AND (CAST(:code AS TEXT) IS NULL OR code = :code OR code LIKE :prefix)
                 ORDER BY code, subject_id LIMIT :limit
                """).param("regime", regime.name()).param("kind", kind == null ? null : kind.name())
                .param("code", normal).param("prefix", normal == null ? null : normal.replace("%", "\\%") + ".%")
                .param("limit", limit)
                .query((rs, n) -> new ClassifiedSubject(SubjectKind.valueOf(rs.getString("subject_kind")),
                        rs.getObject("subject_id", UUID.class), rs.getObject("owner_id", UUID.class),
                        Regime.valueOf(rs.getString("regime")), rs.getString("code"))).list();
    }

    private static UsContent usContent(ResultSet rs, int n) throws SQLException {
        return new UsContent(rs.getBigDecimal("us_value"), rs.getBigDecimal("unit_value"), rs.getString("changed_by_name"),
                rs.getTimestamp("changed_at").toInstant());
    }

    private static ClassificationEntry map(ResultSet rs, int n) throws SQLException {
        Timestamp withdrawn = rs.getTimestamp("withdrawn_at");
        return new ClassificationEntry(rs.getObject("id", UUID.class), Regime.valueOf(rs.getString("regime")),
                rs.getString("code"), rs.getString("label"), rs.getString("rationale"), rs.getString("classified_by_name"),
                rs.getTimestamp("classified_at").toInstant(), rs.getString("withdrawn_by_name"),
                withdrawn == null ? null : withdrawn.toInstant(), rs.getString("withdrawn_reason"));
    }
}
