package org.jointline.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.sharing.Agreement;
import org.jointline.sharing.AgreementId;
import org.jointline.sharing.AgreementStatus;
import org.jointline.sharing.Policy;
import org.jointline.sharing.ClassificationRef;
import org.jointline.sharing.Selection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Agreements, their resolved targets and download counts. */
@Repository
public class Agreements {

    private static final String SELECT = """
            SELECT a.*, (SELECT count(*) FROM sharing.agreement_target t WHERE t.agreement_id = a.id AND t.item_id IS NOT NULL) AS items,
                   (SELECT count(*) FROM sharing.agreement_target t WHERE t.agreement_id = a.id AND t.document_id IS NOT NULL) AS documents
            FROM sharing.agreement a""";
    /** Agreements the organisation granted, or that were granted to it (by name or to its programmes). */
    private static final String OF_ORGANISATION = """
             (CAST(:org AS UUID) IS NULL OR a.owner_organisation_id = :org OR a.assignee_organisation_id = :org
              OR a.granted_by_organisation_id = :org
              OR (a.assignee_organisation_id IS NULL AND a.programme_id = ANY(:programmes)))""";

    /** An onward agreement is in effect only while the agreement it derives from is. */
    private static final String PARENT_ACTIVE = """
             AND (a.parent_agreement_id IS NULL OR EXISTS (SELECT 1 FROM sharing.agreement p
                  WHERE p.id = a.parent_agreement_id AND p.status = 'ACTIVE'))""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Agreements(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A compiled active agreement, as the decision point holds it. */
    public record Active(UUID id, String reference, UUID owner, UUID programme, UUID assignee, Policy policy,
                         List<UUID> items, List<UUID> documents, List<ClassificationRef> classifications) {

        /** The same agreement also covering what its classifications resolve to now. */
        public Active plus(List<UUID> moreItems, List<UUID> moreDocuments) {
            List<UUID> i = new ArrayList<>(items);
            i.addAll(moreItems);
            List<UUID> d = new ArrayList<>(documents);
            d.addAll(moreDocuments);
            return new Active(id, reference, owner, programme, assignee, policy, i, d, classifications);
        }
    }

    public PageResult<Agreement> page(UUID organisation, UUID[] programmes, PageQuery query, AgreementStatus status) {
        String where = " WHERE " + OF_ORGANISATION + " AND (CAST(:status AS TEXT) IS NULL OR a.status = :status)"
                + " AND (lower(a.title) LIKE :q OR lower(a.reference) LIKE :q)";
        String statusName = status == null ? null : status.name();
        List<Agreement> items = jdbc.sql(SELECT + where + " ORDER BY a.created_at DESC LIMIT :limit OFFSET :offset")
                .param("org", organisation).param("programmes", programmes).param("status", statusName)
                .param("q", query.likePattern()).param("limit", query.size()).param("offset", query.offset())
                .query(this::map).list();
        long total = jdbc.sql("SELECT count(*) FROM sharing.agreement a" + where).param("org", organisation)
                .param("programmes", programmes).param("status", statusName).param("q", query.likePattern())
                .query(Long.class).single();
        return PageResult.of(items, query, total);
    }

    public Optional<Agreement> find(AgreementId id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id").param("id", id.value()).query(this::map).optional();
    }

    public String nextReference(OrganisationId owner) {
        long n = jdbc.sql("SELECT count(*) + 1 FROM sharing.agreement WHERE owner_organisation_id = :owner")
                .param("owner", owner.value()).query(Long.class).single();
        return "SA-%04d".formatted(n);
    }

    public void insert(AgreementId id, String reference, OrganisationId owner, ProgrammeId programme, String title,
                       OrganisationId assignee, String policy, String selection, Actor by) {
        jdbc.sql("""
                INSERT INTO sharing.agreement (id, owner_organisation_id, programme_id, reference, title, assignee_organisation_id,
                                               policy, selection, status, created_at, created_by, created_by_name)
                VALUES (:id, :owner, :programme, :reference, :title, :assignee, :policy, :selection, 'ACTIVE', :now, :by, :byName)""")
                .param("id", id.value()).param("owner", owner.value()).param("programme", programme.value())
                .param("reference", reference).param("title", title)
                .param("assignee", assignee == null ? null : assignee.value()).param("policy", policy)
                .param("selection", selection).param("now", Timestamp.from(Instant.now()))
                .param("by", by.personId()).param("byName", by.displayName()).update();
        bump();
    }

    /** Replaces what the agreement's selection resolves to. */
    public void replaceTargets(AgreementId id, OrganisationId owner, List<UUID> items, List<UUID> documents) {
        jdbc.sql("DELETE FROM sharing.agreement_target WHERE agreement_id = :id").param("id", id.value()).update();
        jdbc.sql("""
                INSERT INTO sharing.agreement_target (agreement_id, owner_organisation_id, item_id, document_id)
                SELECT :id, :owner, i, NULL FROM unnest(CAST(:items AS UUID[])) AS i
                UNION ALL SELECT :id, :owner, NULL, d FROM unnest(CAST(:documents AS UUID[])) AS d""")
                .param("id", id.value()).param("owner", owner.value()).param("items", items.toArray(UUID[]::new))
                .param("documents", documents.toArray(UUID[]::new)).update();
        bump();
    }

    /** Records that the agreement was granted onward by a recipient, under the agreement it derives from. */
    public void markOnward(AgreementId id, AgreementId parent, UUID grantedBy) {
        jdbc.sql("UPDATE sharing.agreement SET parent_agreement_id = :parent, granted_by_organisation_id = :by WHERE id = :id")
                .param("id", id.value()).param("parent", parent.value()).param("by", grantedBy).update();
    }

    /** The active agreements granted onward from this one. */
    public List<AgreementId> activeOnward(AgreementId parent) {
        return jdbc.sql("SELECT id FROM sharing.agreement WHERE parent_agreement_id = :p AND status = 'ACTIVE'")
                .param("p", parent.value()).query((rs, n) -> new AgreementId(rs.getObject(1, UUID.class))).list();
    }

    /** The items or the documents an agreement's selection resolved to. */
    public List<UUID> targets(AgreementId id, boolean documents) {
        String column = documents ? "document_id" : "item_id";
        return jdbc.sql("SELECT " + column + " FROM sharing.agreement_target WHERE agreement_id = :id AND " + column + " IS NOT NULL")
                .param("id", id.value()).query((rs, n) -> rs.getObject(1, UUID.class)).list();
    }

    public boolean revoke(AgreementId id, Actor by, String reason) {
        int rows = jdbc.sql("""
                UPDATE sharing.agreement SET status = 'REVOKED', revoked_at = :now, revoked_by_name = :byName,
                       revocation_reason = :reason, version = version + 1
                WHERE id = :id AND status = 'ACTIVE'""")
                .param("id", id.value()).param("now", Timestamp.from(Instant.now())).param("byName", by.displayName())
                .param("reason", reason).update();
        bump();
        return rows == 1;
    }

    /** Active subtree selections of an owner: agreement and the roots it named. */
    public Map<AgreementId, Selection> activeSelections(UUID owner) {
        Map<AgreementId, Selection> found = new HashMap<>();
        jdbc.sql("SELECT id, selection FROM sharing.agreement WHERE owner_organisation_id = :owner AND status = 'ACTIVE'")
                .param("owner", owner)
                .query((rs, n) -> found.put(new AgreementId(rs.getObject("id", UUID.class)), selection(rs.getString("selection"))))
                .list();
        return found;
    }

    public long version() {
        return jdbc.sql("SELECT version FROM sharing.policy_version WHERE id = 1").query(Long.class).single();
    }

    private void bump() {
        jdbc.sql("UPDATE sharing.policy_version SET version = version + 1 WHERE id = 1").update();
    }

    public List<Active> active() {
        Map<UUID, List<UUID>> items = new HashMap<>();
        Map<UUID, List<UUID>> documents = new HashMap<>();
        jdbc.sql("""
                SELECT t.agreement_id, t.item_id, t.document_id FROM sharing.agreement_target t
                JOIN sharing.agreement a ON a.id = t.agreement_id WHERE a.status = 'ACTIVE'""" + PARENT_ACTIVE)
                .query((rs, n) -> {
                    UUID agreement = rs.getObject(1, UUID.class);
                    UUID item = rs.getObject(2, UUID.class);
                    if (item != null) {
                        items.computeIfAbsent(agreement, k -> new ArrayList<>()).add(item);
                    } else {
                        documents.computeIfAbsent(agreement, k -> new ArrayList<>()).add(rs.getObject(3, UUID.class));
                    }
                    return null;
                }).list();
        return jdbc.sql("SELECT id, reference, owner_organisation_id, programme_id, assignee_organisation_id, policy, selection FROM sharing.agreement a WHERE a.status = 'ACTIVE'" + PARENT_ACTIVE)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Active(id, rs.getString("reference"), rs.getObject("owner_organisation_id", UUID.class),
                            rs.getObject("programme_id", UUID.class), rs.getObject("assignee_organisation_id", UUID.class),
                            Policies.parse(json.readTree(rs.getString("policy"))), items.getOrDefault(id, List.of()),
                            documents.getOrDefault(id, List.of()), selection(rs.getString("selection")).classifications());
                }).list();
    }

    /** Counts one more download if fewer than {@code max} were made; false when the limit is reached. */
    public boolean countDownload(UUID agreement, UUID organisation, int max) {
        jdbc.sql("INSERT INTO sharing.download_count VALUES (:a, :o, 0) ON CONFLICT DO NOTHING")
                .param("a", agreement).param("o", organisation).update();
        return jdbc.sql("UPDATE sharing.download_count SET downloads = downloads + 1 WHERE agreement_id = :a AND organisation_id = :o AND downloads < :max")
                .param("a", agreement).param("o", organisation).param("max", max).update() == 1;
    }

    public int downloads(UUID agreement, UUID organisation) {
        return jdbc.sql("SELECT downloads FROM sharing.download_count WHERE agreement_id = :a AND organisation_id = :o")
                .param("a", agreement).param("o", organisation).query(Integer.class).optional().orElse(0);
    }

    private Selection selection(String text) {
        JsonNode node = json.readTree(text);
        List<ClassificationRef> classifications = new ArrayList<>();
        if (node.get("classifications") != null) {
            node.get("classifications").forEach(c -> classifications.add(
                    new ClassificationRef(c.get("regime").asString(), c.get("code").asString())));
        }
        return new Selection(ids(node.get("items"), ItemId::new), ids(node.get("subtrees"), ItemId::new),
                ids(node.get("documents"), DocumentId::new), classifications);
    }

    private static <T> List<T> ids(JsonNode node, java.util.function.Function<UUID, T> type) {
        List<T> ids = new ArrayList<>();
        if (node != null) {
            node.forEach(n -> ids.add(type.apply(UUID.fromString(n.asString()))));
        }
        return ids;
    }

    private Agreement map(ResultSet rs, int row) throws SQLException {
        String policyText = rs.getString("policy");
        Timestamp revoked = rs.getTimestamp("revoked_at");
        UUID assignee = rs.getObject("assignee_organisation_id", UUID.class);
        return new Agreement(new AgreementId(rs.getObject("id", UUID.class)), rs.getString("reference"), rs.getString("title"),
                new OrganisationId(rs.getObject("owner_organisation_id", UUID.class)),
                new ProgrammeId(rs.getObject("programme_id", UUID.class)), assignee == null ? null : new OrganisationId(assignee),
                Policies.parse(json.readTree(policyText)), policyText, Hashes.sha256(policyText),
                selection(rs.getString("selection")), AgreementStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_name"),
                revoked == null ? null : revoked.toInstant(), rs.getString("revoked_by_name"),
                rs.getString("revocation_reason"), rs.getInt("items"), rs.getInt("documents"),
                rs.getObject("parent_agreement_id", UUID.class) == null ? null : new AgreementId(rs.getObject("parent_agreement_id", UUID.class)),
                rs.getObject("granted_by_organisation_id", UUID.class) == null ? null
                        : new OrganisationId(rs.getObject("granted_by_organisation_id", UUID.class)));
    }
}
