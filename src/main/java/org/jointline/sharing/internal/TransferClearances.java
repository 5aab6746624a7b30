package org.jointline.sharing.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jointline.compliance.AssessmentDecided;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.TransferKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Repository;

/**
 * Technology-transfer assessments of downloads: a cleared one (also a held one an officer released later) is
 * reused for the same document version and recipient organisation within the validity period
 * ({@code jointline.sharing.transfer-assessment-validity}, default 90 days), instead of a new assessment.
 */
@Repository
public class TransferClearances {

    private final JdbcClient jdbc;
    private final Duration validity;

    TransferClearances(JdbcClient jdbc, @Value("${jointline.sharing.transfer-assessment-validity:P90D}") Duration validity) {
        this.jdbc = jdbc;
        this.validity = validity;
    }

    /** The assessment cleared for this version and organisation within the validity period, if any. */
    public Optional<UUID> valid(UUID document, Integer version, UUID recipient) {
        return jdbc.sql("""
                SELECT assessment_id FROM sharing.transfer_clearance
                 WHERE document_id = :d AND recipient_organisation_id = :o AND version_number IS NOT DISTINCT FROM :v
                   AND cleared_at IS NOT NULL AND cleared_at >= :since
                 ORDER BY cleared_at DESC LIMIT 1""")
                .param("d", document).param("o", recipient).param("v", version)
                .param("since", Timestamp.from(Instant.now().minus(validity)))
                .query(UUID.class).optional();
    }

    public void assessed(UUID assessment, UUID document, Integer version, UUID recipient, boolean cleared) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                INSERT INTO sharing.transfer_clearance VALUES (:a, :d, :v, :o, :now, :cleared)
                ON CONFLICT (assessment_id) DO NOTHING""")
                .param("a", assessment).param("d", document).param("v", version).param("o", recipient)
                .param("now", now).param("cleared", cleared ? now : null).update();
    }

    /** An officer released a held technology transfer: it clears later downloads of that version too. */
    @ApplicationModuleListener
    void on(AssessmentDecided decided) {
        if (decided.kind() == TransferKind.TECHNOLOGY && decided.outcome() == Outcome.CLEARED) {
            jdbc.sql("UPDATE sharing.transfer_clearance SET cleared_at = :now WHERE assessment_id = :a AND cleared_at IS NULL")
                    .param("now", Timestamp.from(Instant.now())).param("a", decided.id().value()).update();
        }
    }
}
