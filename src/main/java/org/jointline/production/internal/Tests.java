package org.jointline.production.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.ItemId;
import org.jointline.production.Attachment;
import org.jointline.production.NonconformanceId;
import org.jointline.production.TestKind;
import org.jointline.production.TestResult;
import org.jointline.production.TestResultId;
import org.jointline.production.TestTemplate;
import org.jointline.production.TestTemplateDetails;
import org.jointline.production.TestTemplateId;
import org.jointline.production.UnitId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Test templates per item and the results recorded on units (append-only). */
@Repository
public class Tests {

    private static final String RESULT = """
            SELECT r.id, r.unit_id, r.template_id, t.name, r.value, r.passed, r.station, r.recorded_by_name, r.recorded_at,
                   r.attachment_name, r.waived_by
            FROM production.test_result r JOIN production.test_template t ON t.id = r.template_id""";
    private final JdbcClient jdbc;

    Tests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A result to write. */
    public record NewResult(TestResultId id, UnitId unit, TestTemplateId template, String value, BigDecimal numeric,
                            boolean passed, String station, UUID by, String byName, Attachment attachment) {
    }

    public void insertTemplate(TestTemplateId id, UUID organisation, TestTemplateDetails d, int position) {
        jdbc.sql("""
                INSERT INTO production.test_template (id, organisation_id, item_id, name, kind, required, minimum, maximum,
                    unit_of_measure, choices, passing_choices, attachment_required, position)
                VALUES (:id, :org, :item, :name, :kind, :required, :min, :max, :uom, :choices, :passing, :attachment, :position)""")
                .param("id", id.value()).param("org", organisation).param("item", d.itemId().value())
                .param("name", d.name()).param("kind", d.kind().name()).param("required", d.required())
                .param("min", d.minimum()).param("max", d.maximum()).param("uom", d.unitOfMeasure())
                .param("choices", d.choices().toArray(String[]::new))
                .param("passing", d.passingChoices().toArray(String[]::new))
                .param("attachment", d.attachmentRequired()).param("position", position).update();
    }

    public void updateTemplate(TestTemplateId id, TestTemplateDetails d) {
        jdbc.sql("""
                UPDATE production.test_template SET name = :name, kind = :kind, required = :required, minimum = :min,
                    maximum = :max, unit_of_measure = :uom, choices = :choices, passing_choices = :passing,
                    attachment_required = :attachment, position = coalesce(:position, position) WHERE id = :id""")
                .param("id", id.value()).param("name", d.name()).param("kind", d.kind().name())
                .param("required", d.required()).param("min", d.minimum()).param("max", d.maximum())
                .param("uom", d.unitOfMeasure()).param("choices", d.choices().toArray(String[]::new))
                .param("passing", d.passingChoices().toArray(String[]::new))
                .param("attachment", d.attachmentRequired()).param("position", d.position()).update();
    }

    public void retireTemplate(TestTemplateId id) {
        jdbc.sql("UPDATE production.test_template SET active = false WHERE id = :id").param("id", id.value()).update();
    }

    public boolean nameTaken(ItemId item, String name, TestTemplateId self) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM production.test_template WHERE item_id = :item AND lower(name) = lower(:name)"
                        + " AND (CAST(:self AS UUID) IS NULL OR id <> :self))")
                .param("item", item.value()).param("name", name).param("self", self == null ? null : self.value())
                .query(Boolean.class).single();
    }

    public Optional<Owned<TestTemplate>> template(TestTemplateId id) {
        return jdbc.sql("SELECT * FROM production.test_template WHERE id = :id").param("id", id.value())
                .query((rs, n) -> new Owned<>(Rows.uuid(rs, "organisation_id"), template(rs, n))).optional();
    }

    /** The active templates of an item within an organisation. */
    public List<TestTemplate> templates(UUID organisation, ItemId item) {
        return jdbc.sql("""
                SELECT * FROM production.test_template WHERE item_id = :item AND active
                    AND (CAST(:org AS UUID) IS NULL OR organisation_id = :org) ORDER BY position, name""")
                .param("item", item.value()).param("org", organisation).query(Tests::template).list();
    }

    public void insertResult(NewResult r) {
        Attachment a = r.attachment();
        jdbc.sql("""
                INSERT INTO production.test_result (id, unit_id, template_id, value, numeric_value, passed, station,
                    recorded_by, recorded_by_name, attachment_name, attachment_type, attachment)
                VALUES (:id, :unit, :template, :value, :numeric, :passed, :station, :by, :byName, :aname, :atype, :content)""")
                .param("id", r.id().value()).param("unit", r.unit().value()).param("template", r.template().value())
                .param("value", r.value()).param("numeric", r.numeric()).param("passed", r.passed())
                .param("station", r.station()).param("by", r.by()).param("byName", r.byName())
                .param("aname", a == null ? null : a.name()).param("atype", a == null ? null : a.contentType())
                .param("content", a == null ? null : a.content()).update();
    }

    public List<TestResult> results(UnitId unit) {
        return jdbc.sql(RESULT + " WHERE r.unit_id = :unit ORDER BY r.recorded_at DESC, r.id DESC")
                .param("unit", unit.value()).query(Tests::result).list();
    }

    public Optional<TestResult> result(TestResultId id) {
        return jdbc.sql(RESULT + " WHERE r.id = :id").param("id", id.value()).query(Tests::result).optional();
    }

    public Optional<Attachment> attachment(TestResultId id) {
        return jdbc.sql("SELECT attachment_name, attachment_type, attachment FROM production.test_result WHERE id = :id AND attachment IS NOT NULL")
                .param("id", id.value())
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    public void waive(TestResultId id, NonconformanceId by) {
        jdbc.sql("UPDATE production.test_result SET waived_by = :nc WHERE id = :id").param("id", id.value())
                .param("nc", by.value()).update();
    }

    static TestTemplate template(ResultSet rs, int n) throws SQLException {
        return new TestTemplate(new TestTemplateId(Rows.uuid(rs, "id")), new ItemId(Rows.uuid(rs, "item_id")),
                rs.getString("name"), Rows.enumOf(rs, "kind", TestKind.class), rs.getBoolean("required"),
                Rows.decimal(rs, "minimum"), Rows.decimal(rs, "maximum"), rs.getString("unit_of_measure"),
                Rows.texts(rs, "choices"), Rows.texts(rs, "passing_choices"), rs.getBoolean("attachment_required"),
                rs.getInt("position"));
    }

    private static TestResult result(ResultSet rs, int n) throws SQLException {
        return new TestResult(new TestResultId(Rows.uuid(rs, "id")), new UnitId(Rows.uuid(rs, "unit_id")),
                new TestTemplateId(Rows.uuid(rs, "template_id")), rs.getString("name"), rs.getString("value"),
                rs.getBoolean("passed"), rs.getString("station"), rs.getString("recorded_by_name"),
                Rows.instant(rs, "recorded_at"), rs.getString("attachment_name"), Rows.id(rs, "waived_by", NonconformanceId::new));
    }
}
