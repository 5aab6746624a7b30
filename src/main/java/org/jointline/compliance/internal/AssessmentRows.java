package org.jointline.compliance.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.compliance.AssessmentId;
import org.jointline.compliance.AssessmentSummary;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.TransferKind;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Recorded assessments and their lines; reasons are kept as rule, message key and arguments. */
@Repository
public class AssessmentRows {

    private static final TypeReference<List<ReasonText>> REASONS = new TypeReference<>() {
    };

    /** The head of an assessment as stored. */
    public record Head(AssessmentId id, UUID ownerId, TransferKind kind, String reference, UUID originFacilityId,
                       String originCountry, UUID consigneeId, String destinationCountry, Outcome outcome,
                       Outcome firstOutcome, String requestedBy, Instant decidedAt, String reviewedBy,
                       Instant reviewedAt, String reviewReason) {
    }

    /** A line as stored. */
    public record Row(int line, UUID itemId, UUID documentId, String number, BigDecimal quantity, BigDecimal value,
                      Outcome outcome, UUID authorisationId, String authorisationReference, List<UUID> covering,
                      List<ReasonText> reasons) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    AssessmentRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(Head h, List<Row> rows) {
        jdbc.sql("""
                INSERT INTO compliance.assessment (id, owner_id, kind, reference, origin_facility_id, origin_country,
                       consignee_id, destination_country, outcome, first_outcome, requested_by_name, decided_at)
                VALUES (:id, :owner, :kind, :reference, :origin, :originCountry, :consignee, :destination, :outcome,
                       :outcome, :by, :at)
                """).param("id", h.id().value()).param("owner", h.ownerId()).param("kind", h.kind().name())
                .param("reference", h.reference()).param("origin", h.originFacilityId())
                .param("originCountry", h.originCountry()).param("consignee", h.consigneeId())
                .param("destination", h.destinationCountry()).param("outcome", h.outcome().name())
                .param("by", h.requestedBy()).param("at", Timestamp.from(h.decidedAt())).update();
        for (Row r : rows) {
            jdbc.sql("""
                    INSERT INTO compliance.assessment_line (assessment_id, line, item_id, document_id, subject_number,
                           quantity, value, outcome, authorisation_id, authorisation_ref, covering, reasons)
                    VALUES (:id, :line, :item, :document, :number, :q, :v, :outcome, :auth, :ref, :covering,
                           CAST(:reasons AS jsonb))
                    """).param("id", h.id().value()).param("line", r.line()).param("item", r.itemId())
                    .param("document", r.documentId()).param("number", r.number()).param("q", r.quantity())
                    .param("v", r.value()).param("outcome", r.outcome().name()).param("auth", r.authorisationId())
                    .param("ref", r.authorisationReference()).param("covering", r.covering().toArray(UUID[]::new))
                    .param("reasons", json.writeValueAsString(r.reasons())).update();
        }
    }

    public Optional<Head> head(AssessmentId id) {
        return jdbc.sql("SELECT * FROM compliance.assessment WHERE id = :id").param("id", id.value())
                .query(AssessmentRows::head).optional();
    }

    /** The head, locked against a concurrent review. */
    public Optional<Head> lock(AssessmentId id) {
        return jdbc.sql("SELECT * FROM compliance.assessment WHERE id = :id FOR UPDATE").param("id", id.value())
                .query(AssessmentRows::head).optional();
    }

    public List<Row> rows(AssessmentId id) {
        return jdbc.sql("SELECT * FROM compliance.assessment_line WHERE assessment_id = :id ORDER BY line")
                .param("id", id.value()).query(this::row).list();
    }

    public void review(AssessmentId id, Outcome outcome, String by, String reason) {
        jdbc.sql("""
                UPDATE compliance.assessment SET outcome = :outcome, reviewed_by_name = :by, reviewed_at = now(),
                       review_reason = :reason WHERE id = :id
                """).param("outcome", outcome.name()).param("by", by).param("reason", reason).param("id", id.value()).update();
    }

    public void updateLine(AssessmentId id, Row r) {
        jdbc.sql("""
                UPDATE compliance.assessment_line SET outcome = :outcome, authorisation_id = :auth, authorisation_ref = :ref,
                       covering = :covering, reasons = CAST(:reasons AS jsonb) WHERE assessment_id = :id AND line = :line
                """).param("outcome", r.outcome().name()).param("auth", r.authorisationId())
                .param("ref", r.authorisationReference()).param("covering", r.covering().toArray(UUID[]::new))
                .param("reasons", json.writeValueAsString(r.reasons())).param("id", id.value()).param("line", r.line())
                .update();
    }

    /** Assessments of the owners ({@code null}: all), optionally of one outcome, newest first. */
    public PageResult<AssessmentSummary> page(UUID[] owners, Outcome outcome, PageQuery query) {
        String where = " WHERE (CAST(:owners AS UUID[]) IS NULL OR a.owner_id = ANY(:owners))"
                + " AND (CAST(:outcome AS TEXT) IS NULL OR a.outcome = :outcome)"
                + " AND (lower(coalesce(a.reference, '')) LIKE :q OR lower(a.destination_country) LIKE :q"
                + " OR EXISTS (SELECT 1 FROM compliance.assessment_line l WHERE l.assessment_id = a.id AND lower(l.subject_number) LIKE :q))";
        String o = outcome == null ? null : outcome.name();
        List<AssessmentSummary> rows = jdbc.sql("""
                SELECT a.*, (SELECT count(*) FROM compliance.assessment_line l WHERE l.assessment_id = a.id) AS lines
                  FROM compliance.assessment a""" + where + " ORDER BY a.decided_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .param("owners", owners).param("outcome", o).param("q", query.likePattern()).param("limit", query.size())
                .param("offset", query.offset())
                .query((rs, n) -> new AssessmentSummary(new AssessmentId(rs.getObject("id", UUID.class)),
                        TransferKind.valueOf(rs.getString("kind")), rs.getString("reference"),
                        Outcome.valueOf(rs.getString("outcome")), rs.getString("origin_country"),
                        rs.getString("destination_country"), rs.getObject("consignee_id", UUID.class), null,
                        rs.getInt("lines"), rs.getString("requested_by_name"), rs.getTimestamp("decided_at").toInstant()))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM compliance.assessment a" + where).param("owners", owners)
                .param("outcome", o).param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    private static Head head(ResultSet rs, int n) throws SQLException {
        Timestamp reviewed = rs.getTimestamp("reviewed_at");
        return new Head(new AssessmentId(rs.getObject("id", UUID.class)), rs.getObject("owner_id", UUID.class),
                TransferKind.valueOf(rs.getString("kind")), rs.getString("reference"),
                rs.getObject("origin_facility_id", UUID.class), rs.getString("origin_country"),
                rs.getObject("consignee_id", UUID.class), rs.getString("destination_country"),
                Outcome.valueOf(rs.getString("outcome")), Outcome.valueOf(rs.getString("first_outcome")),
                rs.getString("requested_by_name"), rs.getTimestamp("decided_at").toInstant(),
                rs.getString("reviewed_by_name"), reviewed == null ? null : reviewed.toInstant(),
                rs.getString("review_reason"));
    }

    private Row row(ResultSet rs, int n) throws SQLException {
        Object[] covering = (Object[]) rs.getArray("covering").getArray();
        return new Row(rs.getInt("line"), rs.getObject("item_id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getString("subject_number"), rs.getBigDecimal("quantity"), rs.getBigDecimal("value"),
                Outcome.valueOf(rs.getString("outcome")), rs.getObject("authorisation_id", UUID.class),
                rs.getString("authorisation_ref"), Arrays.stream(covering).map(UUID.class::cast).toList(),
                json.readValue(rs.getString("reasons"), REASONS));
    }
}
