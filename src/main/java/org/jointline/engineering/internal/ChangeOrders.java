package org.jointline.engineering.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.ChangeOrder;
import org.jointline.engineering.ChangeOrderApproval;
import org.jointline.engineering.ChangeOrderCandidate;
import org.jointline.engineering.ChangeOrderDecision;
import org.jointline.engineering.ChangeOrderDetails;
import org.jointline.engineering.ChangeOrderEvent;
import org.jointline.engineering.ChangeOrderEventKind;
import org.jointline.engineering.ChangeOrderId;
import org.jointline.engineering.ChangeOrderItem;
import org.jointline.engineering.ChangeOrderStatus;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.RevisionStatus;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Change orders, their affected items, the owners' approvals and the append-only history.
 * {@code owners} restricts to orders raised by, or affecting items of, these organisations ({@code null}: all).
 * Names of organisations are not joined here (they live in another schema): the service adds them.
 */
@Repository
public class ChangeOrders {

    private static final String VISIBLE = """
            (CAST(:owners AS UUID[]) IS NULL OR c.organisation_id = ANY(:owners)
             OR EXISTS (SELECT 1 FROM engineering.change_order_item v
                        WHERE v.change_order_id = c.id AND v.owner_organisation_id = ANY(:owners)))""";

    /** A digest of a revision's lines (order-independent), to tell whether a draft changed after review. */
    private static final String CONTENT = """
            (SELECT md5(coalesce(string_agg(s.line, chr(10) ORDER BY s.line), ''))
             FROM (SELECT concat_ws('|', l.position, l.component_item_id, l.quantity, array_to_string(l.designators, ','),
                                    l.notes, l.do_not_place, array_to_string(l.alternates, ',')) AS line
                   FROM engineering.bom_line l WHERE l.revision_id = ci.revision_id) s)""";

    private final JdbcClient jdbc;

    ChangeOrders(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next number of the organisation in the year; the counter row stays locked until the transaction ends. */
    public int nextNumber(OrganisationId organisation, int year) {
        return jdbc.sql("""
                INSERT INTO engineering.change_order_counter AS c (organisation_id, year, last_number)
                VALUES (:organisation, :year, 1)
                ON CONFLICT (organisation_id, year) DO UPDATE SET last_number = c.last_number + 1
                RETURNING last_number""")
                .param("organisation", organisation.value()).param("year", year).query(Integer.class).single();
    }

    public boolean numberTaken(OrganisationId organisation, String number) {
        return jdbc.sql("SELECT count(*) FROM engineering.change_order WHERE organisation_id = :o AND number = :n")
                .param("o", organisation.value()).param("n", number).query(Long.class).single() > 0;
    }

    public void insert(ChangeOrderId id, OrganisationId organisation, String number, ChangeOrderDetails d, Actor by) {
        jdbc.sql("""
                INSERT INTO engineering.change_order (id, organisation_id, number, title, problem, proposed_change,
                                                      created_by, created_by_name, created_at)
                VALUES (:id, :organisation, :number, :title, :problem, :proposal, :by, :byName, :now)""")
                .param("id", id.value()).param("organisation", organisation.value()).param("number", number)
                .param("title", d.title()).param("problem", d.problem()).param("proposal", d.proposedChange())
                .param("by", by.personId()).param("byName", by.displayName()).param("now", now()).update();
    }

    public PageResult<ChangeOrder> page(UUID[] owners, PageQuery query, ChangeOrderStatus status) {
        String where = " WHERE " + VISIBLE + " AND (CAST(:status AS TEXT) IS NULL OR c.status = :status)"
                + " AND (lower(c.number) LIKE :q OR lower(c.title) LIKE :q)";
        String statusName = status == null ? null : status.name();
        List<ChangeOrder> rows = jdbc.sql("SELECT c.* FROM engineering.change_order c" + where
                        + " ORDER BY c.created_at DESC, c.number DESC LIMIT :limit OFFSET :offset")
                .param("owners", owners).param("status", statusName).param("q", query.likePattern())
                .param("limit", query.size()).param("offset", query.offset()).query(ChangeOrders::map).list();
        long total = jdbc.sql("SELECT count(*) FROM engineering.change_order c" + where).param("owners", owners)
                .param("status", statusName).param("q", query.likePattern()).query(Long.class).single();
        return PageResult.of(complete(rows), query, total);
    }

    /** The order if visible; {@code lock} takes its row lock, so that steps on one order happen one after another. */
    public Optional<ChangeOrder> find(UUID[] owners, ChangeOrderId id, boolean lock) {
        return jdbc.sql("SELECT c.* FROM engineering.change_order c WHERE c.id = :id AND " + VISIBLE
                        + (lock ? " FOR UPDATE OF c" : ""))
                .param("id", id.value()).param("owners", owners).query(ChangeOrders::map).optional()
                .map(order -> complete(List.of(order)).getFirst());
    }

    /** Moves the order on, guarded by the status it must still have. */
    public void setStatus(ChangeOrderId id, ChangeOrderStatus from, ChangeOrderStatus to, String reason) {
        int rows = jdbc.sql("""
                UPDATE engineering.change_order SET status = :to, version = version + 1,
                       rejection_reason = coalesce(CAST(:reason AS TEXT), rejection_reason),
                       submitted_at = CASE WHEN CAST(:to AS TEXT) = 'IN_REVIEW' THEN :now ELSE submitted_at END,
                       released_at = CASE WHEN CAST(:to AS TEXT) = 'RELEASED' THEN :now ELSE released_at END
                WHERE id = :id AND status = :from""")
                .param("id", id.value()).param("from", from.name()).param("to", to.name()).param("reason", reason)
                .param("now", now()).update();
        if (rows == 0) {
            throw new OptimisticLockingFailureException("change order " + id);
        }
    }

    public void touch(ChangeOrderId id) {
        jdbc.sql("UPDATE engineering.change_order SET version = version + 1 WHERE id = :id").param("id", id.value()).update();
    }

    public void insertItem(ChangeOrderId id, ItemId item, OrganisationId owner, BomRevisionId revision) {
        jdbc.sql("""
                INSERT INTO engineering.change_order_item (change_order_id, item_id, owner_organisation_id, revision_id, linked_at)
                VALUES (:id, :item, :owner, :revision, :now)""")
                .param("id", id.value()).param("item", item.value()).param("owner", owner.value())
                .param("revision", revision.value()).param("now", now()).update();
    }

    public void deleteItem(ChangeOrderId id, ItemId item) {
        jdbc.sql("DELETE FROM engineering.change_order_item WHERE change_order_id = :id AND item_id = :item")
                .param("id", id.value()).param("item", item.value()).update();
    }

    /** The number of another open change order that carries the revision, if any. */
    public Optional<String> openOrderWith(BomRevisionId revision, ChangeOrderId except) {
        return jdbc.sql("""
                SELECT c.number FROM engineering.change_order c
                JOIN engineering.change_order_item ci ON ci.change_order_id = c.id
                WHERE ci.revision_id = :revision AND c.id <> :except AND c.status NOT IN ('RELEASED', 'REJECTED')
                LIMIT 1""")
                .param("revision", revision.value()).param("except", except.value()).query(String.class).optional();
    }

    /** Notes what each linked revision contains now, as the content under review. */
    public void recordReviewedContent(ChangeOrderId id) {
        jdbc.sql("UPDATE engineering.change_order_item ci SET reviewed_content = " + CONTENT + " WHERE ci.change_order_id = :id")
                .param("id", id.value()).update();
    }

    /** Whether the item's revision still has the content it had when the order went to review. */
    public boolean contentAsReviewed(ChangeOrderId id, ItemId item) {
        return jdbc.sql("SELECT ci.reviewed_content IS NOT DISTINCT FROM " + CONTENT
                        + " FROM engineering.change_order_item ci WHERE ci.change_order_id = :id AND ci.item_id = :item")
                .param("id", id.value()).param("item", item.value()).query(Boolean.class).single();
    }

    public void insertApprovals(ChangeOrderId id, Collection<OrganisationId> owners) {
        jdbc.sql("""
                INSERT INTO engineering.change_order_approval (change_order_id, organisation_id)
                SELECT :id, o FROM unnest(CAST(:owners AS UUID[])) AS o""")
                .param("id", id.value()).param("owners", owners.stream().map(OrganisationId::value).toArray(UUID[]::new))
                .update();
    }

    /** Records a pending organisation's decision; false if it had already decided. */
    public boolean decide(ChangeOrderId id, OrganisationId organisation, ChangeOrderDecision decision, Actor by, String reason) {
        return jdbc.sql("""
                UPDATE engineering.change_order_approval
                SET decision = :decision, decided_by = :by, decided_by_username = :username, decided_by_name = :name,
                    decided_at = :now, reason = :reason, version = version + 1
                WHERE change_order_id = :id AND organisation_id = :organisation AND decision = 'PENDING'""")
                .param("id", id.value()).param("organisation", organisation.value()).param("decision", decision.name())
                .param("by", by.personId()).param("username", by.username()).param("name", by.displayName())
                .param("reason", reason).param("now", now()).update() == 1;
    }

    /** The engineers who approved, by the organisation they approved for. */
    public Map<OrganisationId, Approver> approvers(ChangeOrderId id) {
        Map<OrganisationId, Approver> approvers = new HashMap<>();
        jdbc.sql("""
                SELECT organisation_id, decided_by, decided_by_username, decided_by_name
                FROM engineering.change_order_approval WHERE change_order_id = :id AND decision = 'APPROVED'""")
                .param("id", id.value())
                .query((rs, n) -> approvers.put(new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                        new Approver(rs.getObject("decided_by", UUID.class), rs.getString("decided_by_username"),
                                rs.getString("decided_by_name"))))
                .list();
        return approvers;
    }

    /** Appends a step to the history, numbered after the last one. */
    public void append(ChangeOrderId id, ChangeOrderEventKind kind, Actor by, OrganisationId organisation, ItemId item,
                       BomRevisionId revision, String reason) {
        jdbc.sql("""
                INSERT INTO engineering.change_order_event (change_order_id, sequence, kind, at, person_id, person_name,
                                                            organisation_id, item_id, revision_id, reason)
                SELECT :id, coalesce(max(sequence), 0) + 1, :kind, :now, :person, :name, :organisation,
                       CAST(:item AS UUID), CAST(:revision AS UUID), CAST(:reason AS TEXT)
                FROM engineering.change_order_event WHERE change_order_id = :id""")
                .param("id", id.value()).param("kind", kind.name()).param("now", now()).param("person", by.personId())
                .param("name", by.displayName()).param("organisation", organisation.value())
                .param("item", item == null ? null : item.value()).param("revision", revision == null ? null : revision.value())
                .param("reason", reason).update();
    }

    public List<EventRow> events(ChangeOrderId id) {
        return jdbc.sql("""
                SELECT e.*, i.number AS item_number, i.owner_organisation_id AS item_owner, r.label
                FROM engineering.change_order_event e
                LEFT JOIN engineering.item i ON i.id = e.item_id
                LEFT JOIN engineering.bom_revision r ON r.id = e.revision_id
                WHERE e.change_order_id = :id ORDER BY e.sequence""")
                .param("id", id.value())
                .query((rs, n) -> {
                    UUID item = rs.getObject("item_id", UUID.class);
                    return new EventRow(new ChangeOrderEvent(rs.getInt("sequence"), rs.getTimestamp("at").toInstant(),
                            ChangeOrderEventKind.valueOf(rs.getString("kind")), rs.getObject("person_id", UUID.class),
                            rs.getString("person_name"), new OrganisationId(rs.getObject("organisation_id", UUID.class)),
                            null, item == null ? null : new ItemId(item), rs.getString("item_number"), rs.getString("label"),
                            false, rs.getString("reason")), rs.getObject("item_owner", UUID.class));
                })
                .list();
    }

    /** Draft revisions of the items of these owners that no open change order carries yet, for linking. */
    public List<ChangeOrderCandidate> drafts(UUID[] owners, int limit) {
        return jdbc.sql("""
                SELECT i.id AS item_id, i.number, i.name, i.owner_organisation_id, r.id AS revision_id, r.label
                FROM engineering.bom_revision r JOIN engineering.item i ON i.id = r.item_id
                WHERE r.status = 'DRAFT' AND (CAST(:owners AS UUID[]) IS NULL OR i.owner_organisation_id = ANY(:owners))
                  AND NOT EXISTS (SELECT 1 FROM engineering.change_order_item ci
                                  JOIN engineering.change_order c ON c.id = ci.change_order_id
                                  WHERE ci.revision_id = r.id AND c.status NOT IN ('RELEASED', 'REJECTED'))
                ORDER BY i.number, i.id LIMIT :limit""")
                .param("owners", owners).param("limit", limit)
                .query((rs, n) -> new ChangeOrderCandidate(new ItemId(rs.getObject("item_id", UUID.class)),
                        rs.getString("number"), rs.getString("name"),
                        new OrganisationId(rs.getObject("owner_organisation_id", UUID.class)),
                        new BomRevisionId(rs.getObject("revision_id", UUID.class)), rs.getString("label")))
                .list();
    }

    /** Adds the items and approvals to orders read without them (two statements for any number of orders). */
    private List<ChangeOrder> complete(List<ChangeOrder> orders) {
        if (orders.isEmpty()) {
            return orders;
        }
        UUID[] ids = orders.stream().map(o -> o.id().value()).toArray(UUID[]::new);
        Map<UUID, List<ChangeOrderItem>> items = new HashMap<>();
        jdbc.sql("""
                SELECT ci.change_order_id, ci.item_id, ci.owner_organisation_id, ci.revision_id, i.number, i.name,
                       r.label, r.status
                FROM engineering.change_order_item ci
                JOIN engineering.item i ON i.id = ci.item_id
                JOIN engineering.bom_revision r ON r.id = ci.revision_id
                WHERE ci.change_order_id = ANY(:ids) ORDER BY ci.linked_at, i.number""")
                .param("ids", ids)
                .query((rs, n) -> items.computeIfAbsent(rs.getObject("change_order_id", UUID.class), k -> new ArrayList<>())
                        .add(new ChangeOrderItem(new ItemId(rs.getObject("item_id", UUID.class)), rs.getString("number"),
                                rs.getString("name"), new OrganisationId(rs.getObject("owner_organisation_id", UUID.class)),
                                null, new BomRevisionId(rs.getObject("revision_id", UUID.class)), rs.getString("label"),
                                RevisionStatus.valueOf(rs.getString("status")), false)))
                .list();
        Map<UUID, List<ChangeOrderApproval>> approvals = new HashMap<>();
        jdbc.sql("SELECT * FROM engineering.change_order_approval WHERE change_order_id = ANY(:ids) ORDER BY organisation_id")
                .param("ids", ids)
                .query((rs, n) -> {
                    Timestamp decided = rs.getTimestamp("decided_at");
                    return approvals.computeIfAbsent(rs.getObject("change_order_id", UUID.class), k -> new ArrayList<>())
                            .add(new ChangeOrderApproval(new OrganisationId(rs.getObject("organisation_id", UUID.class)), null,
                                    ChangeOrderDecision.valueOf(rs.getString("decision")), rs.getObject("decided_by", UUID.class),
                                    rs.getString("decided_by_name"), decided == null ? null : decided.toInstant(),
                                    rs.getString("reason")));
                })
                .list();
        return orders.stream().map(o -> new ChangeOrder(o.id(), o.number(), o.title(), o.problem(), o.proposedChange(),
                o.organisationId(), null, o.createdBy(), o.createdByName(), o.status(), o.rejectionReason(), o.createdAt(),
                o.submittedAt(), o.releasedAt(), items.getOrDefault(o.id().value(), List.of()),
                approvals.getOrDefault(o.id().value(), List.of()), o.version())).toList();
    }

    static ChangeOrder map(ResultSet rs, int row) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        Timestamp released = rs.getTimestamp("released_at");
        return new ChangeOrder(new ChangeOrderId(rs.getObject("id", UUID.class)), rs.getString("number"),
                rs.getString("title"), rs.getString("problem"), rs.getString("proposed_change"),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), null,
                rs.getObject("created_by", UUID.class), rs.getString("created_by_name"),
                ChangeOrderStatus.valueOf(rs.getString("status")), rs.getString("rejection_reason"),
                rs.getTimestamp("created_at").toInstant(), submitted == null ? null : submitted.toInstant(),
                released == null ? null : released.toInstant(), List.of(), List.of(), rs.getInt("version"));
    }

    private static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    /** The engineer who approved for an organisation. */
    public record Approver(UUID personId, String username, String displayName) {
    }

    /** A history step with the owner of its item (to hide an item the reader may not see). */
    public record EventRow(ChangeOrderEvent event, UUID itemOwner) {
    }
}
