package org.jointline.compliance.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jointline.compliance.Embargo;
import org.jointline.compliance.Outcome;
import org.jointline.compliance.ReferenceChange;
import org.jointline.compliance.Rule;
import org.jointline.platform.Ids;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Embargoes and rules, and the history of their changes. */
@Repository
public class ReferenceRows {

    private final JdbcClient jdbc;

    ReferenceRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Embargo> embargoes() {
        return jdbc.sql("SELECT * FROM compliance.embargo ORDER BY active DESC, country").query((rs, n) -> new Embargo(
                rs.getString("country"), rs.getString("source"), rs.getBoolean("active"),
                rs.getString("changed_by_name"), rs.getTimestamp("changed_at").toInstant())).list();
    }

    public Optional<Embargo> embargo(String country) {
        return jdbc.sql("SELECT * FROM compliance.embargo WHERE country = :c").param("c", country).query((rs, n) -> new Embargo(
                rs.getString("country"), rs.getString("source"), rs.getBoolean("active"),
                rs.getString("changed_by_name"), rs.getTimestamp("changed_at").toInstant())).optional();
    }

    public void saveEmbargo(String country, String source, boolean active, String by) {
        jdbc.sql("""
                INSERT INTO compliance.embargo (country, source, active, changed_by_name, changed_at)
                VALUES (:country, :source, :active, :by, now())
                ON CONFLICT (country) DO UPDATE SET source = :source, active = :active, changed_by_name = :by, changed_at = now()
                """).param("country", country).param("source", source).param("active", active).param("by", by).update();
    }

    public Map<String, Rule> rules() {
        return jdbc.sql("SELECT * FROM compliance.rule ORDER BY code").query((rs, n) -> new Rule(rs.getString("code"),
                        rs.getBoolean("enabled"), Outcome.valueOf(rs.getString("outcome")), rs.getString("parameter"),
                        rs.getString("changed_by_name"), rs.getTimestamp("changed_at").toInstant(), rs.getInt("version")))
                .list().stream().collect(Collectors.toMap(Rule::code, Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    /** Changes the rule if it is still at {@code version}; false when someone changed it meanwhile. */
    public boolean saveRule(String code, boolean enabled, Outcome outcome, String parameter, String by, int version) {
        return jdbc.sql("""
                UPDATE compliance.rule SET enabled = :enabled, outcome = :outcome, parameter = :parameter,
                       changed_by_name = :by, changed_at = now(), version = version + 1
                 WHERE code = :code AND version = :version
                """).param("enabled", enabled).param("outcome", outcome.name()).param("parameter", parameter)
                .param("by", by).param("code", code).param("version", version).update() == 1;
    }

    public void recordChange(String subject, String before, String after, String reason, String by) {
        jdbc.sql("""
                INSERT INTO compliance.reference_change (id, subject, before, after, reason, changed_by_name, changed_at)
                VALUES (:id, :subject, :before, :after, :reason, :by, :at)
                """).param("id", Ids.next()).param("subject", subject).param("before", before).param("after", after)
                .param("reason", reason).param("by", by).param("at", Timestamp.from(Instant.now())).update();
    }

    public PageResult<ReferenceChange> history(PageQuery query) {
        String where = " WHERE lower(subject) LIKE :q OR lower(reason) LIKE :q OR lower(coalesce(after, '')) LIKE :q";
        List<ReferenceChange> rows = jdbc.sql("SELECT * FROM compliance.reference_change" + where
                        + " ORDER BY changed_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("q", query.likePattern()).param("limit", query.size()).param("offset", query.offset())
                .query((rs, n) -> new ReferenceChange(rs.getString("subject"), rs.getString("before"), rs.getString("after"),
                        rs.getString("reason"), rs.getString("changed_by_name"), rs.getTimestamp("changed_at").toInstant()))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM compliance.reference_change" + where).param("q", query.likePattern())
                .query(Long.class).single();
        return PageResult.of(rows, query, total);
    }
}
