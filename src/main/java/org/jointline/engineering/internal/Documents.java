package org.jointline.engineering.internal;

import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentDetails;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.DocumentKind;
import org.jointline.engineering.DocumentVersion;
import org.jointline.engineering.DocumentVersionId;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Documents and their versions; who may see them is decided by the callers. The content column is never read with the metadata: it is read in slices ({@link #slice}).
 */
@Repository
public class Documents {

    private static final String VERSION_COLUMNS = "id, document_id, number, filename, content_type, size_bytes, sha256, "
            + "storage_path, uploaded_by, uploaded_by_name, uploaded_at, note";
    private static final String WITH_LATEST = """
            SELECT d.*, v.id AS v_id, v.document_id AS v_document_id, v.number AS v_number, v.filename AS v_filename,
                   v.content_type AS v_content_type, v.size_bytes AS v_size_bytes, v.sha256 AS v_sha256,
                   v.uploaded_by AS v_uploaded_by, v.uploaded_by_name AS v_uploaded_by_name,
                   v.uploaded_at AS v_uploaded_at, v.note AS v_note
            FROM engineering.document d
            LEFT JOIN LATERAL (SELECT %s FROM engineering.document_version x WHERE x.document_id = d.id
                               ORDER BY x.number DESC LIMIT 1) v ON TRUE
            """.formatted(VERSION_COLUMNS);

    private final JdbcClient jdbc;

    Documents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Document> ofItem(ItemId item) {
        return jdbc.sql(WITH_LATEST + " WHERE d.item_id = :item ORDER BY d.number")
                .param("item", item.value()).query(Documents::map).list();
    }

    /** The document, whoever may see it: callers decide that. */
    public Optional<Document> find(DocumentId id) {
        return jdbc.sql(WITH_LATEST + " WHERE d.id = :id")
                .param("id", id.value()).query(Documents::map).optional();
    }

    public boolean numberTaken(OrganisationId owner, String number) {
        return jdbc.sql("SELECT count(*) FROM engineering.document WHERE owner_organisation_id = :owner AND number = :number")
                .param("owner", owner.value()).param("number", number).query(Long.class).single() > 0;
    }

    public void insert(DocumentId id, ItemId item, OrganisationId owner, DocumentDetails d) {
        jdbc.sql("""
                INSERT INTO engineering.document (id, owner_organisation_id, item_id, number, title, kind, created_at)
                VALUES (:id, :owner, :item, :number, :title, :kind, :now)""")
                .param("id", id.value()).param("owner", owner.value()).param("item", item.value())
                .param("number", d.number()).param("title", d.title()).param("kind", d.kind().name())
                .param("now", Timestamp.from(Instant.now())).update();
    }

    public List<DocumentVersion> versions(DocumentId document) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM engineering.document_version WHERE document_id = :id ORDER BY number DESC")
                .param("id", document.value()).query((rs, n) -> version(rs, "")).list();
    }

    public Optional<DocumentVersion> version(DocumentId document, int number) {
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM engineering.document_version WHERE document_id = :id AND number = :number")
                .param("id", document.value()).param("number", number).query((rs, n) -> version(rs, "")).optional();
    }

    /** Where a version's content is: a path in the directory store, or {@code null} for the database. */
    public String storagePath(DocumentVersionId id) {
        return jdbc.sql("SELECT storage_path FROM engineering.document_version WHERE id = :id")
                .param("id", id.value()).query((rs, n) -> Optional.ofNullable(rs.getString(1))).single().orElse(null);
    }

    /**
     * The next version number, after locking the document's row so that concurrent uploads number one
     * after the other.
     */
    public int lockAndNumberNext(DocumentId document) {
        jdbc.sql("UPDATE engineering.document SET version = version + 1 WHERE id = :id").param("id", document.value()).update();
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM engineering.document_version WHERE document_id = :id")
                .param("id", document.value()).query(Integer.class).single();
    }

    /**
     * Inserts a version: either {@code content} (streamed into the {@code BYTEA} column, {@code size} bytes) or
     * {@code storagePath} (a file of the directory store) is given.
     */
    public void insertVersion(DocumentVersionId id, DocumentId document, int number, String filename, String contentType,
                              long size, String sha256, InputStream content, String storagePath, Actor actor, String note) {
        jdbc.sql("""
                INSERT INTO engineering.document_version (id, document_id, number, filename, content_type, size_bytes, sha256,
                                                          content, storage_path, uploaded_by, uploaded_by_name, uploaded_at, note)
                VALUES (:id, :document, :number, :filename, :type, :size, :sha256, :content, :path, :by, :byName, :now, :note)""")
                .param("id", id.value()).param("document", document.value()).param("number", number)
                .param("filename", filename).param("type", contentType).param("size", size).param("sha256", sha256)
                .param("content", content == null ? null : new SqlBinaryValue(content, size))
                .param("path", storagePath).param("by", actor.personId()).param("byName", actor.displayName())
                .param("now", Timestamp.from(Instant.now())).param("note", note).update();
    }

    /**
     * {@code length} bytes of a version's database content from {@code offset} (0-based). The column is stored
     * uncompressed ({@code STORAGE EXTERNAL}), so PostgreSQL reads only the TOAST chunks of the slice.
     */
    public byte[] slice(DocumentVersionId id, long offset, int length) {
        return jdbc.sql("SELECT substring(content FROM CAST(:start AS INT) FOR CAST(:length AS INT)) FROM engineering.document_version WHERE id = :id")
                .param("id", id.value()).param("start", Math.toIntExact(offset + 1)).param("length", length)
                .query(byte[].class).single();
    }

    private static Document map(ResultSet rs, int row) throws SQLException {
        DocumentVersion latest = rs.getObject("v_id") == null ? null : version(rs, "v_");
        return new Document(new DocumentId(rs.getObject("id", UUID.class)), new ItemId(rs.getObject("item_id", UUID.class)),
                new OrganisationId(rs.getObject("owner_organisation_id", UUID.class)), rs.getString("number"),
                rs.getString("title"), DocumentKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("created_at").toInstant(), latest, rs.getInt("version"));
    }

    private static DocumentVersion version(ResultSet rs, String prefix) throws SQLException {
        return new DocumentVersion(new DocumentVersionId(rs.getObject(prefix + "id", UUID.class)),
                new DocumentId(rs.getObject(prefix + "document_id", UUID.class)), rs.getInt(prefix + "number"),
                rs.getString(prefix + "filename"), rs.getString(prefix + "content_type"), rs.getLong(prefix + "size_bytes"),
                rs.getString(prefix + "sha256"), rs.getObject(prefix + "uploaded_by", UUID.class),
                rs.getString(prefix + "uploaded_by_name"), rs.getTimestamp(prefix + "uploaded_at").toInstant(),
                rs.getString(prefix + "note"));
    }
}
