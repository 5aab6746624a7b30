package org.jointline.traceability.internal;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointline.traceability.EpcisRefused;

/**
 * The SQL of an EPCIS SimpleEventQuery from the binding's query parameters (values pipe-delimited).
 * Identifier matches go through the event_keys index; times and vocabulary through the events'
 * own indexes; paging is by keyset on the sort key and the event's id.
 */
public final class QuerySql {

    public static final Set<String> PARAMETERS = Set.of("GE_eventTime", "LT_eventTime", "GE_recordTime",
            "LT_recordTime", "EQ_action", "EQ_bizStep", "EQ_disposition", "EQ_readPoint", "EQ_bizLocation",
            "MATCH_epc", "MATCH_anyEPC", "MATCH_parentID", "MATCH_inputEPC", "MATCH_outputEPC", "MATCH_epcClass",
            "MATCH_anyEPCClass", "MATCH_inputEPCClass", "MATCH_outputEPCClass", "EQ_eventID", "eventType", "orderBy",
            "orderDirection", "eventCountLimit", "perPage", "nextPageToken");
    private static final Map<String, String> ROLES = Map.of("MATCH_epc", "ec", "MATCH_anyEPC", "ecpio",
            "MATCH_parentID", "p", "MATCH_inputEPC", "i", "MATCH_outputEPC", "o", "MATCH_epcClass", "qr",
            "MATCH_anyEPCClass", "qrjk", "MATCH_inputEPCClass", "j", "MATCH_outputEPCClass", "k");
    private static final Map<String, String> COLUMNS = Map.of("EQ_action", "action", "EQ_bizStep", "biz_step",
            "EQ_disposition", "disposition", "EQ_readPoint", "read_point", "EQ_bizLocation", "biz_location",
            "EQ_eventID", "event_id", "eventType", "event_type");

    private final StringBuilder where = new StringBuilder("true");
    private final Map<String, Object> params = new LinkedHashMap<>();
    private final String sortColumn;
    private final boolean descending;

    private QuerySql(String sortColumn, boolean descending) {
        this.sortColumn = sortColumn;
        this.descending = descending;
    }

    /** The conditions of a query; refuses unknown parameters and malformed values, naming them. */
    public static QuerySql of(Map<String, List<String>> query) {
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw EpcisRefused.queryParameter(name, "unknown query parameter");
            }
        }
        String orderBy = single(query, "orderBy");
        String direction = single(query, "orderDirection");
        String sort = switch (orderBy == null ? "recordTime" : orderBy) {
            case "eventTime" -> "event_time";
            case "recordTime" -> "record_time";
            default -> throw EpcisRefused.queryParameter("orderBy", "must be eventTime or recordTime");
        };
        if (direction != null && !Set.of("ASC", "DESC").contains(direction)) {
            throw EpcisRefused.queryParameter("orderDirection", "must be ASC or DESC");
        }
        if (query.containsKey("eventCountLimit") && orderBy == null) {
            throw EpcisRefused.queryParameter("eventCountLimit", "may only be used with orderBy");
        }
        QuerySql sql = new QuerySql(sort, orderBy == null ? false : !"ASC".equals(direction));
        sql.time(query, "GE_eventTime", "event_time", ">=");
        sql.time(query, "LT_eventTime", "event_time", "<");
        sql.time(query, "GE_recordTime", "record_time", ">=");
        sql.time(query, "LT_recordTime", "record_time", "<");
        for (var column : COLUMNS.entrySet()) {
            List<String> values = query.get(column.getKey());
            if (values != null) {
                if ("EQ_action".equals(column.getKey())) {
                    values.stream().filter(v -> !Set.of("ADD", "OBSERVE", "DELETE").contains(v)).findFirst()
                            .ifPresent(v -> {
                                throw EpcisRefused.queryParameter("EQ_action", "must be ADD, OBSERVE or DELETE, not " + v);
                            });
                }
                sql.any(column.getValue(), values);
            }
        }
        for (var match : ROLES.entrySet()) {
            List<String> values = query.get(match.getKey());
            if (values != null) {
                sql.match(values, match.getValue());
            }
        }
        return sql;
    }

    public static String single(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw EpcisRefused.queryParameter(name, "takes one value");
        }
        return values.getFirst();
    }

    /**
     * Only events the organisation captured, about identifiers granted to it (goods shipped to it), or
     * about items shared with it (identifiers matching one of the {@code shared} LIKE patterns).
     */
    public QuerySql visibleTo(UUID organisation, String[] shared) {
        String name = param(organisation);
        where.append(" and (e.owner = :").append(name)
                .append(" or exists (select 1 from traceability.event_keys k join traceability.grants g on g.key = k.key")
                .append(" and g.organisation = :").append(name).append(" where k.event = e.id and k.record_time = e.record_time)");
        if (shared.length > 0) {
            where.append(" or exists (select 1 from traceability.event_keys k where k.event = e.id")
                    .append(" and k.record_time = e.record_time and k.key like any(CAST(:").append(param(shared))
                    .append(" AS TEXT[])))");
        }
        where.append(')');
        return this;
    }

    /** After the last row of the previous page (keyset). */
    public QuerySql after(OffsetDateTime sortValue, UUID id) {
        String time = param(sortValue);
        String uuid = param(id);
        where.append(" and (e.").append(sortColumn).append(", e.id) ").append(descending ? "<" : ">")
                .append(" (:").append(time).append(", :").append(uuid).append(")");
        return this;
    }

    public String select(int limit) {
        String direction = descending ? " desc" : "";
        return "select e.id, e.event_id, e.record_time, e.event_time, e.content::text as content, e.context::text as context"
                + " from traceability.events e where " + where + " order by e." + sortColumn + direction + ", e.id"
                + direction + " limit " + limit;
    }

    public String sortColumn() {
        return sortColumn;
    }

    public Map<String, Object> params() {
        return params;
    }

    private void time(Map<String, List<String>> query, String name, String column, String operator) {
        String value = single(query, name);
        if (value == null) {
            return;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(value);
            where.append(" and e.").append(column).append(' ').append(operator).append(" :").append(param(time));
        } catch (DateTimeParseException e) {
            throw EpcisRefused.queryParameter(name, "malformed time " + value
                    + ": must be a date-time with offset such as 2026-07-22T06:45:00+02:00");
        }
    }

    private void any(String column, List<String> values) {
        where.append(" and e.").append(column).append(" = any(CAST(:").append(param(values.toArray(String[]::new))).append(" AS TEXT[]))");
    }

    private void match(List<String> values, String roles) {
        List<String> expanded = new ArrayList<>(values);
        values.forEach(v -> {
            String link = org.jointline.traceability.Identifiers.toDigitalLink(v);
            if (!link.equals(v)) {
                expanded.add(link);
            }
        });
        String[] roleArray = roles.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new);
        where.append(" and (e.record_time, e.id) in (select k.record_time, k.event from traceability.event_keys k")
                .append(" where k.key = any(CAST(:").append(param(expanded.toArray(String[]::new)))
                .append(" AS TEXT[])) and k.role = any(CAST(:").append(param(roleArray)).append(" AS CHAR(1)[])))");
    }

    private String param(Object value) {
        String name = "p" + params.size();
        params.put(name, value);
        return name;
    }
}
