package org.jointline.engineering.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.BomImport;
import org.jointline.engineering.BomImportId;
import org.jointline.engineering.BomRevisionId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Uploaded BOM files' previews, kept as JSON until they are committed. */
@Repository
public class ImportRows {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportRows(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(BomImport preview, OrganisationId owner, UUID by) {
        jdbc.sql("""
                INSERT INTO engineering.bom_import (id, owner_organisation_id, created_by, filename, sha256, preview, created_at)
                VALUES (:id, :owner, :by, :filename, :sha, CAST(:preview AS JSONB), :now)""")
                .param("id", preview.id().value()).param("owner", owner.value()).param("by", by)
                .param("filename", preview.filename()).param("sha", preview.sha256())
                .param("preview", json.writeValueAsString(preview)).param("now", Timestamp.from(Instant.now())).update();
    }

    /** The import, if it belongs to one of the owners ({@code null}: any). */
    public Optional<Owned> find(BomImportId id, UUID[] owners) {
        return jdbc.sql("""
                SELECT owner_organisation_id, status, preview, assembly_item_id, revision_id FROM engineering.bom_import
                WHERE id = :id AND (CAST(:owners AS UUID[]) IS NULL OR owner_organisation_id = ANY(:owners))""")
                .param("id", id.value()).param("owners", owners)
                .query((rs, n) -> {
                    BomImport stored = json.readValue(rs.getString("preview"), BomImport.class);
                    UUID assembly = rs.getObject("assembly_item_id", UUID.class);
                    UUID revision = rs.getObject("revision_id", UUID.class);
                    return new Owned(new OrganisationId(rs.getObject("owner_organisation_id", UUID.class)),
                            new BomImport(stored.id(), stored.filename(), stored.sha256(), stored.format(), stored.sheet(),
                                    stored.headerRow(), stored.mapping(), stored.lines(), stored.problems(), rs.getString("status"),
                                    assembly == null ? null : new ItemId(assembly), revision == null ? null : new BomRevisionId(revision)));
                }).optional();
    }

    /** Marks the import committed; false when it was not (or no longer) a preview. */
    public boolean committed(BomImportId id, ItemId assembly, BomRevisionId revision) {
        return jdbc.sql("""
                UPDATE engineering.bom_import SET status = 'COMMITTED', assembly_item_id = :assembly, revision_id = :revision,
                       committed_at = now()
                WHERE id = :id AND status = 'PREVIEW'""")
                .param("id", id.value()).param("assembly", assembly.value()).param("revision", revision.value()).update() == 1;
    }

    public record Owned(OrganisationId owner, BomImport bomImport) {
    }
}
