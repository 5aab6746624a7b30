package org.jointline.traceability.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jointline.traceability.NamedQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Queries saved by name, per organisation. */
@Repository
public class NamedQueries {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NamedQueries(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public boolean insert(UUID organisation, NamedQuery query, String body) {
        return jdbc.sql("""
                insert into traceability.named_queries (organisation, name, query, created_at)
                values (:organisation, :name, CAST(:query AS JSONB), :now) on conflict do nothing""")
                .param("organisation", organisation).param("name", query.name()).param("query", body)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC)).update() == 1;
    }

    public Optional<NamedQuery> find(UUID organisation, String name) {
        return jdbc.sql("select name, query::text from traceability.named_queries where organisation = :o and name = :n")
                .param("o", organisation).param("n", name).query((rs, i) -> query(rs.getString(1), rs.getString(2)))
                .optional();
    }

    public List<NamedQuery> of(UUID organisation) {
        return jdbc.sql("select name, query::text from traceability.named_queries where organisation = :o order by name")
                .param("o", organisation).query((rs, i) -> query(rs.getString(1), rs.getString(2))).list();
    }

    public boolean delete(UUID organisation, String name) {
        return jdbc.sql("delete from traceability.named_queries where organisation = :o and name = :n")
                .param("o", organisation).param("n", name).update() == 1;
    }

    private NamedQuery query(String name, String body) {
        Map<String, List<String>> query = json.readValue(body, new TypeReference<>() { });
        return new NamedQuery(name, query);
    }
}
