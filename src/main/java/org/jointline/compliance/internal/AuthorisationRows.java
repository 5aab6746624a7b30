package org.jointline.compliance.internal;

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
import org.jointline.compliance.AssessmentId;
import org.jointline.compliance.Authorisation;
import org.jointline.compliance.AuthorisationDetails;
import org.jointline.compliance.AuthorisationId;
import org.jointline.compliance.AuthorisationType;
import org.jointline.compliance.Codes;
import org.jointline.compliance.CoveredCode;
import org.jointline.compliance.Drawdown;
import org.jointline.compliance.EndUserCertificate;
import org.jointline.compliance.EndUserCertificateDetails;
import org.jointline.compliance.Regime;
import org.jointline.platform.Ids;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Authorisations with what they cover, their drawdown, and end-user certificates. */
@Repository
public class AuthorisationRows {

    private static final String SELECT = """
            SELECT a.*,
              ARRAY(SELECT c.regime || ' ' || c.code FROM compliance.authorisation_code c WHERE c.authorisation_id = a.id ORDER BY 1) AS codes,
              ARRAY(SELECT i.item_id FROM compliance.authorisation_item i WHERE i.authorisation_id = a.id) AS items,
              ARRAY(SELECT k.country FROM compliance.authorisation_country k WHERE k.authorisation_id = a.id ORDER BY 1) AS countries,
              ARRAY(SELECT p.organisation_id FROM compliance.authorisation_party p WHERE p.authorisation_id = a.id AND p.role = 'CONSIGNEE') AS consignees,
              ARRAY(SELECT p.organisation_id FROM compliance.authorisation_party p WHERE p.authorisation_id = a.id AND p.role = 'END_USER') AS end_users
            FROM compliance.authorisation a
            """;
    /** Visible: general authorisations (no holder), the holder's own, or all ({@code :holder} null). */
    private static final String VISIBLE = "(CAST(:holder AS UUID) IS NULL OR a.holder_id IS NULL OR a.holder_id = :holder)";

    private final JdbcClient jdbc;

    AuthorisationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(AuthorisationId id, AuthorisationDetails d, String by) {
        jdbc.sql("""
                INSERT INTO compliance.authorisation (id, reference, type, issuing_authority, issuing_country, holder_id,
                       valid_from, valid_to, quantity_ceiling, value_ceiling, end_use, conditions, document_id,
                       created_by_name, created_at)
                VALUES (:id, :reference, :type, :authority, :country, :holder, :from, :to, :qc, :vc, :endUse, :conditions,
                       :document, :by, :at)
                """).param("id", id.value()).param("reference", d.reference()).param("type", d.type().name())
                .param("authority", d.issuingAuthority()).param("country", d.issuingCountry())
                .param("holder", d.holder() == null ? null : d.holder().value())
                .param("from", Date.valueOf(d.validFrom())).param("to", d.validTo() == null ? null : Date.valueOf(d.validTo()))
                .param("qc", d.quantityCeiling()).param("vc", d.valueCeiling()).param("endUse", d.endUse())
                .param("conditions", d.conditions()).param("document", d.document() == null ? null : d.document().value())
                .param("by", by).param("at", Timestamp.from(Instant.now())).update();
        d.codes().stream().distinct().forEach(c -> jdbc.sql(
                        "INSERT INTO compliance.authorisation_code (authorisation_id, regime, code) VALUES (:id, :regime, :code) ON CONFLICT DO NOTHING")
                .param("id", id.value()).param("regime", c.regime().name()).param("code", Codes.normal(c.code())).update());
        d.itemIds().stream().distinct().forEach(i -> jdbc.sql(
                        "INSERT INTO compliance.authorisation_item (authorisation_id, item_id) VALUES (:id, :item)")
                .param("id", id.value()).param("item", i).update());
        d.destinations().forEach(c -> jdbc.sql(
                        "INSERT INTO compliance.authorisation_country (authorisation_id, country) VALUES (:id, :country)")
                .param("id", id.value()).param("country", c).update());
        d.consignees().stream().distinct().forEach(o -> party(id, o.value(), "CONSIGNEE"));
        d.endUsers().stream().distinct().forEach(o -> party(id, o.value(), "END_USER"));
    }

    private void party(AuthorisationId id, UUID organisation, String role) {
        jdbc.sql("INSERT INTO compliance.authorisation_party (authorisation_id, organisation_id, role) VALUES (:id, :org, :role)")
                .param("id", id.value()).param("org", organisation).param("role", role).update();
    }

    public boolean referenceTaken(String country, String reference) {
        return jdbc.sql("SELECT count(*) FROM compliance.authorisation WHERE issuing_country = :c AND lower(reference) = lower(:r)")
                .param("c", country).param("r", reference).query(Long.class).single() > 0;
    }

    public Optional<Authorisation> find(AuthorisationId id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id.value()).query(AuthorisationRows::map).optional();
    }

    /** Those an exporter may use: general ones and its own, not revoked. */
    public List<Authorisation> usableBy(UUID exporter) {
        return jdbc.sql(SELECT + " WHERE NOT a.revoked AND (a.holder_id IS NULL OR a.holder_id = :holder)")
                .param("holder", exporter).query(AuthorisationRows::map).list();
    }

    public PageResult<Authorisation> page(UUID holder, PageQuery query) {
        String where = " WHERE " + VISIBLE + " AND (lower(a.reference) LIKE :q OR lower(a.issuing_authority) LIKE :q"
                + " OR lower(a.type) LIKE :q OR EXISTS (SELECT 1 FROM compliance.authorisation_code c"
                + " WHERE c.authorisation_id = a.id AND lower(c.code) LIKE :q))";
        List<Authorisation> rows = jdbc.sql(SELECT + where + " ORDER BY a.revoked, a.valid_to NULLS LAST, a.reference"
                        + " LIMIT :limit OFFSET :offset")
                .param("holder", holder).param("q", query.likePattern()).param("limit", query.size())
                .param("offset", query.offset()).query(AuthorisationRows::map).list();
        long total = jdbc.sql("SELECT count(*) FROM compliance.authorisation a" + where).param("holder", holder)
                .param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(rows, query, total);
    }

    /**
     * Draws quantity and value down in one conditional statement: PostgreSQL re-checks the ceiling against the
     * row as a concurrent transaction left it, so two drawdowns never together pass a ceiling.
     */
    public boolean drawDown(UUID id, BigDecimal quantity, BigDecimal value) {
        return jdbc.sql("""
                UPDATE compliance.authorisation
                   SET quantity_used = quantity_used + :q, value_used = value_used + :v
                 WHERE id = :id AND NOT revoked
                   AND (quantity_ceiling IS NULL OR quantity_used + :q <= quantity_ceiling)
                   AND (value_ceiling IS NULL OR value_used + :v <= value_ceiling)
                """).param("id", id).param("q", quantity).param("v", value).update() == 1;
    }

    public void giveBack(UUID id, BigDecimal quantity, BigDecimal value) {
        jdbc.sql("UPDATE compliance.authorisation SET quantity_used = quantity_used - :q, value_used = value_used - :v WHERE id = :id")
                .param("id", id).param("q", quantity).param("v", value).update();
    }

    public void recordDrawdown(UUID authorisation, AssessmentId assessment, int line, BigDecimal quantity, BigDecimal value) {
        jdbc.sql("""
                INSERT INTO compliance.drawdown (id, authorisation_id, assessment_id, line, quantity, value, drawn_at)
                VALUES (:id, :a, :s, :line, :q, :v, :at)
                """).param("id", Ids.next()).param("a", authorisation).param("s", assessment.value()).param("line", line)
                .param("q", quantity).param("v", value).param("at", Timestamp.from(Instant.now())).update();
    }

    public List<Drawdown> drawdowns(AuthorisationId id) {
        return jdbc.sql("""
                SELECT d.*, s.reference FROM compliance.drawdown d JOIN compliance.assessment s ON s.id = d.assessment_id
                 WHERE d.authorisation_id = :id ORDER BY d.drawn_at DESC, d.id DESC LIMIT 500
                """).param("id", id.value()).query((rs, n) -> new Drawdown(rs.getObject("id", UUID.class),
                new AssessmentId(rs.getObject("assessment_id", UUID.class)), rs.getInt("line"), rs.getString("reference"),
                rs.getBigDecimal("quantity"), rs.getBigDecimal("value"), rs.getTimestamp("drawn_at").toInstant())).list();
    }

    public void revoke(AuthorisationId id) {
        jdbc.sql("UPDATE compliance.authorisation SET revoked = true, version = version + 1 WHERE id = :id")
                .param("id", id.value()).update();
    }

    public void insertCertificate(UUID id, UUID holder, EndUserCertificateDetails d, String by) {
        jdbc.sql("""
                INSERT INTO compliance.end_user_certificate (id, reference, end_user_id, country, end_use, no_reexport,
                       valid_from, valid_to, authorisation_id, document_id, holder_id, created_by_name, created_at)
                VALUES (:id, :reference, :endUser, :country, :endUse, :noReexport, :from, :to, :authorisation, :document,
                       :holder, :by, :at)
                """).param("id", id).param("reference", d.reference()).param("endUser", d.endUser().value())
                .param("country", d.country()).param("endUse", d.endUse()).param("noReexport", d.noReexport())
                .param("from", Date.valueOf(d.validFrom())).param("to", d.validTo() == null ? null : Date.valueOf(d.validTo()))
                .param("authorisation", d.authorisation() == null ? null : d.authorisation().value())
                .param("document", d.document() == null ? null : d.document().value()).param("holder", holder)
                .param("by", by).param("at", Timestamp.from(Instant.now())).update();
    }

    public List<EndUserCertificate> certificatesFor(UUID endUser, String country) {
        return jdbc.sql("SELECT * FROM compliance.end_user_certificate WHERE end_user_id = :u AND country = :c")
                .param("u", endUser).param("c", country).query(AuthorisationRows::certificate).list();
    }

    public List<EndUserCertificate> certificates(UUID holder) {
        return jdbc.sql("SELECT * FROM compliance.end_user_certificate WHERE CAST(:holder AS UUID) IS NULL OR holder_id = :holder"
                        + " ORDER BY valid_to NULLS LAST, reference LIMIT 500")
                .param("holder", holder).query(AuthorisationRows::certificate).list();
    }

    private static EndUserCertificate certificate(ResultSet rs, int n) throws SQLException {
        Date to = rs.getDate("valid_to");
        return new EndUserCertificate(rs.getObject("id", UUID.class), rs.getString("reference"),
                rs.getObject("end_user_id", UUID.class), null, rs.getString("country"), rs.getString("end_use"),
                rs.getBoolean("no_reexport"), rs.getDate("valid_from").toLocalDate(), to == null ? null : to.toLocalDate(),
                rs.getObject("authorisation_id", UUID.class), rs.getObject("document_id", UUID.class),
                rs.getObject("holder_id", UUID.class));
    }

    private static Authorisation map(ResultSet rs, int n) throws SQLException {
        Date to = rs.getDate("valid_to");
        List<CoveredCode> codes = strings(rs.getArray("codes")).stream().map(s -> {
            int space = s.indexOf(' ');
            return new CoveredCode(Regime.valueOf(s.substring(0, space)), s.substring(space + 1));
        }).toList();
        return new Authorisation(new AuthorisationId(rs.getObject("id", UUID.class)), rs.getString("reference"),
                AuthorisationType.valueOf(rs.getString("type")), rs.getString("issuing_authority"),
                rs.getString("issuing_country"), rs.getObject("holder_id", UUID.class), null, codes,
                uuids(rs.getArray("items")), strings(rs.getArray("countries")), uuids(rs.getArray("consignees")),
                uuids(rs.getArray("end_users")), rs.getBigDecimal("quantity_ceiling"), rs.getBigDecimal("value_ceiling"),
                rs.getBigDecimal("quantity_used"), rs.getBigDecimal("value_used"), rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(), rs.getString("end_use"), rs.getString("conditions"),
                rs.getObject("document_id", UUID.class), rs.getBoolean("revoked"), rs.getInt("version"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> o instanceof UUID u ? u : UUID.fromString(o.toString())).toList();
    }

    static LocalDate day(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
