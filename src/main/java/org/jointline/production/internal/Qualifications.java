package org.jointline.production.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.jointline.production.Qualification;
import org.jointline.production.QualificationDetails;
import org.jointline.production.QualificationId;
import org.jointline.production.QualificationStatus;
import org.jointline.production.Requirement;
import org.jointline.production.RequirementId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Customers' requirements of end items, and qualifications of configurations against them. */
@Repository
public class Qualifications {

    private final JdbcClient jdbc;

    Qualifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(QualificationId id, UUID organisation, ItemId item, String itemNumber, String revisionLabel,
                       QualificationDetails d) {
        jdbc.sql("""
                INSERT INTO production.qualification (id, organisation_id, item_id, item_number, bom_revision_id,
                    revision_label, basis, authority, reference, status, valid_from, valid_until, evidence)
                VALUES (:id, :org, :item, :number, :revision, :label, :basis, :authority, :reference, :status, :from,
                    :until, :evidence)""")
                .param("id", id.value()).param("org", organisation).param("item", item.value())
                .param("number", itemNumber).param("revision", d.bomRevisionId().value()).param("label", revisionLabel)
                .param("basis", d.basis()).param("authority", d.authority()).param("reference", d.reference())
                .param("status", d.status().name()).param("from", d.validFrom()).param("until", d.validUntil())
                .param("evidence", d.evidence().stream().map(DocumentId::value).toArray(UUID[]::new)).update();
    }

    public void update(QualificationId id, QualificationDetails d, int version) {
        int changed = jdbc.sql("""
                UPDATE production.qualification SET authority = :authority, reference = :reference, status = :status,
                    valid_from = :from, valid_until = :until, evidence = :evidence, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("id", id.value()).param("authority", d.authority()).param("reference", d.reference())
                .param("status", d.status().name()).param("from", d.validFrom()).param("until", d.validUntil())
                .param("evidence", d.evidence().stream().map(DocumentId::value).toArray(UUID[]::new))
                .param("version", version).update();
        if (changed == 0) {
            throw new OptimisticLockingFailureException("qualification " + id);
        }
    }

    public boolean exists(BomRevisionId revision, String basis) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM production.qualification WHERE bom_revision_id = :r AND lower(basis) = lower(:basis))")
                .param("r", revision.value()).param("basis", basis).query(Boolean.class).single();
    }

    public Optional<Owned<Qualification>> find(QualificationId id) {
        return jdbc.sql("SELECT * FROM production.qualification WHERE id = :id").param("id", id.value())
                .query((rs, n) -> new Owned<>(Rows.uuid(rs, "organisation_id"), map(rs, n))).optional();
    }

    /** Qualifications an organisation holds ({@code null}: all), optionally of one item. */
    public List<Qualification> list(UUID organisation, ItemId item) {
        return jdbc.sql("""
                SELECT * FROM production.qualification WHERE (CAST(:org AS UUID) IS NULL OR organisation_id = :org)
                    AND (CAST(:item AS UUID) IS NULL OR item_id = :item) ORDER BY item_number, revision_label, basis""")
                .param("org", organisation).param("item", item == null ? null : item.value())
                .query(Qualifications::map).list();
    }

    public List<Qualification> ofRevision(BomRevisionId revision) {
        return jdbc.sql("SELECT * FROM production.qualification WHERE bom_revision_id = :r ORDER BY basis")
                .param("r", revision.value()).query(Qualifications::map).list();
    }

    public void insertRequirement(RequirementId id, OrganisationId customer, ItemId item, String basis) {
        jdbc.sql("""
                INSERT INTO production.requirement (id, customer_id, item_id, basis) VALUES (:id, :customer, :item, :basis)
                ON CONFLICT (customer_id, item_id, basis) DO NOTHING""")
                .param("id", id.value()).param("customer", customer.value()).param("item", item.value())
                .param("basis", basis).update();
    }

    public void deleteRequirement(RequirementId id) {
        jdbc.sql("DELETE FROM production.requirement WHERE id = :id").param("id", id.value()).update();
    }

    public Optional<Requirement> requirement(RequirementId id) {
        return jdbc.sql("SELECT * FROM production.requirement WHERE id = :id").param("id", id.value())
                .query(Qualifications::requirement).optional();
    }

    /** Requirements of a customer ({@code null}: any) of an item ({@code null}: any). */
    public List<Requirement> requirements(OrganisationId customer, ItemId item) {
        return jdbc.sql("""
                SELECT * FROM production.requirement WHERE (CAST(:customer AS UUID) IS NULL OR customer_id = :customer)
                    AND (CAST(:item AS UUID) IS NULL OR item_id = :item) ORDER BY basis""")
                .param("customer", customer == null ? null : customer.value())
                .param("item", item == null ? null : item.value()).query(Qualifications::requirement).list();
    }

    /** Requirements on the items an organisation qualifies, or that it set as a customer. */
    public List<Requirement> requirementsSeenBy(UUID organisation) {
        return jdbc.sql("""
                SELECT r.* FROM production.requirement r WHERE CAST(:org AS UUID) IS NULL OR r.customer_id = :org
                    OR EXISTS (SELECT 1 FROM production.work_order w WHERE w.item_id = r.item_id AND w.organisation_id = :org)
                    OR EXISTS (SELECT 1 FROM production.qualification q WHERE q.item_id = r.item_id AND q.organisation_id = :org)
                ORDER BY r.basis""")
                .param("org", organisation).query(Qualifications::requirement).list();
    }

    private static Requirement requirement(ResultSet rs, int n) throws SQLException {
        return new Requirement(new RequirementId(Rows.uuid(rs, "id")), new OrganisationId(Rows.uuid(rs, "customer_id")),
                new ItemId(Rows.uuid(rs, "item_id")), rs.getString("basis"));
    }

    private static Qualification map(ResultSet rs, int n) throws SQLException {
        return new Qualification(new QualificationId(Rows.uuid(rs, "id")), new ItemId(Rows.uuid(rs, "item_id")),
                rs.getString("item_number"), new BomRevisionId(Rows.uuid(rs, "bom_revision_id")),
                rs.getString("revision_label"), rs.getString("basis"), rs.getString("authority"), rs.getString("reference"),
                Rows.enumOf(rs, "status", QualificationStatus.class), Rows.date(rs, "valid_from"),
                Rows.date(rs, "valid_until"), Rows.ids(rs, "evidence", DocumentId::new), rs.getInt("version"));
    }
}
