package org.jointline.screening.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.screening.ListImport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import history. */
@Repository
public class Imports {

    private final JdbcClient jdbc;

    Imports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ListImport i) {
        jdbc.sql("""
                INSERT INTO screening.list_import (id, list, format, files, imported_by, imported_at, entries, added,
                    changed, removed, parties_rescreened) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.id(), i.list(), i.format(), i.files(), i.importedBy(), Timestamp.from(i.importedAt()),
                        i.entries(), i.added(), i.changed(), i.removed(), i.partiesRescreened())
                .update();
    }

    void rescreened(UUID id, int parties) {
        jdbc.sql("UPDATE screening.list_import SET parties_rescreened = ? WHERE id = ?").params(parties, id).update();
    }

    public PageResult<ListImport> page(PageQuery query) {
        long total = jdbc.sql("SELECT count(*) FROM screening.list_import WHERE lower(list || ' ' || files) LIKE ?")
                .param(query.likePattern()).query(Long.class).single();
        List<ListImport> rows = jdbc.sql("""
                SELECT * FROM screening.list_import WHERE lower(list || ' ' || files) LIKE ?
                ORDER BY imported_at DESC, id DESC LIMIT ? OFFSET ?""")
                .params(query.likePattern(), query.size(), query.offset())
                .query((rs, n) -> new ListImport(rs.getObject("id", UUID.class), rs.getString("list"),
                        rs.getString("format"), rs.getString("files"), rs.getString("imported_by"),
                        rs.getTimestamp("imported_at").toInstant(), rs.getInt("entries"), rs.getInt("added"),
                        rs.getInt("changed"), rs.getInt("removed"), rs.getInt("parties_rescreened")))
                .list();
        return PageResult.of(rows, query, total);
    }
}
