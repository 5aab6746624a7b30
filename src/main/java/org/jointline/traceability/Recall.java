package org.jointline.traceability;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.DomainException;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.Role;
import org.jointline.traceability.internal.SharedItems;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recall: from a lot, serial, identifier, supplier or supplier receipt to every unit that contains
 * it (walking the containment links of aggregation, association and transformation events upwards),
 * and where each unit is now (its latest event, kept per identifier in {@code positions} at capture). An organisation sees the links it recorded, the
 * units shipped to it and the units of items shared with it.
 */
@Service
@Transactional(readOnly = true)
public class Recall {

    public static final int MAX_UNITS = 100_000;
    private static final int MAX_DEPTH = 20;

    private final JdbcClient jdbc;
    private final ItemManagement items;
    private final FacilityManagement facilities;
    private final OrganisationManagement organisations;
    private final SharedItems shared;

    Recall(JdbcClient jdbc, ItemManagement items, FacilityManagement facilities, OrganisationManagement organisations,
           SharedItems shared) {
        this.shared = shared;
        this.jdbc = jdbc;
        this.items = items;
        this.facilities = facilities;
        this.organisations = organisations;
    }

    public RecallResult recall(Actor actor, RecallQuestion question) {
        actor.require(Role.PROGRAMME_OFFICE, Role.INSPECTOR, Role.COMPLIANCE_OFFICER, Role.PLANNER, Role.BUYER,
                Role.OPERATOR, Role.CUSTOMER_ACCEPTANCE, Role.AUDITOR, Role.DATA_STEWARD);
        List<String> seeds = seeds(actor, question);
        if (seeds.isEmpty()) {
            return new RecallResult(question, List.of(), List.of(), false);
        }
        List<RecalledUnit> units = units(actor, seeds);
        boolean truncated = units.size() > MAX_UNITS;
        return new RecallResult(question, seeds, truncated ? units.subList(0, MAX_UNITS) : units, truncated);
    }

    /** The identifiers the question names. */
    private List<String> seeds(Actor actor, RecallQuestion question) {
        if (question.kind() == null) {
            throw new InvalidInput("kind", "validation.required");
        }
        if (question.value() == null || question.value().isEmpty()) {
            throw new InvalidInput("value", "validation.required");
        }
        return switch (question.kind()) {
            case IDENTIFIER -> List.of(question.value(), Identifiers.toDigitalLink(question.value())).stream().distinct().toList();
            case LOT, SERIAL -> {
                if (question.item() == null) {
                    throw new InvalidInput("item", "validation.required");
                }
                Item item = items.byNumber(actor, question.item(), null)
                        .orElseThrow(() -> new InvalidInput("item", "traceability.recall.no-such-item", question.item()));
                UUID id = item.id().value();
                yield List.of(question.kind() == RecallQuestion.Kind.LOT
                        ? Identifiers.lot(item.gtin(), id, question.value())
                        : Identifiers.serial(item.gtin(), id, question.value()));
            }
            case SUPPLIER -> received(actor, "s", supplier(actor, question.value()));
            case RECEIPT -> received(actor, "t", Identifiers.reference(question.value()));
        };
    }

    private String supplier(Actor actor, String value) {
        try {
            return Identifiers.organisation(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return organisations.choices(actor).stream().filter(o -> o.name().equalsIgnoreCase(value)).findFirst()
                    .map(o -> Identifiers.organisation(o.id().value()))
                    .orElseThrow(() -> new InvalidInput("value", "traceability.recall.no-such-supplier", value));
        }
    }

    /** What receiving events with that source (s) or business document (t) brought in. */
    private List<String> received(Actor actor, String role, String key) {
        return jdbc.sql("""
                select distinct g.key from traceability.event_keys k
                join traceability.events e on e.record_time = k.record_time and e.id = k.event
                join traceability.event_keys g on g.event = e.id and g.record_time = e.record_time and g.role in ('e', 'q')
                where k.key = :key and k.role = :role and e.biz_step = 'receiving'
                  and (:all or e.owner = :organisation)""")
                .param("key", key).param("role", role).param("all", actor.isAdministrator())
                .param("organisation", actor.organisationId()).query(String.class).list();
    }

    private List<RecalledUnit> units(Actor actor, List<String> seeds) {
        Map<String, String> names = new HashMap<>();
        return jdbc.sql("""
                with recursive up(key, depth) as (
                  select s, 0 from unnest(CAST(:seeds AS TEXT[])) s
                  union
                  select l.parent, u.depth + 1 from traceability.links l join up u on l.child = u.key
                  where u.depth < :maxDepth
                    and (:all or l.owner = :organisation or l.parent like any(CAST(:shared AS TEXT[]))
                         or exists (select 1 from traceability.grants g where g.key = l.parent and g.organisation = :organisation))
                ),
                units as (
                  select key, min(depth) as depth from up
                  where depth > 0 and key not like 'urn:jointline:transformation:%'
                  group by key
                )
                select u.key, u.depth,
                       not exists (select 1 from traceability.links o where o.child = u.key and not o.removed) as outermost,
                       p.event_time, p.biz_step, p.disposition, p.biz_location, p.shipped_to as destination,
                       coalesce(p.accepted, false) as accepted
                from units u
                left join traceability.positions p on p.key = u.key
                order by u.depth desc, u.key
                limit :limit""")
                .param("seeds", seeds.toArray(String[]::new)).param("maxDepth", MAX_DEPTH)
                .param("all", actor.isAdministrator()).param("organisation", actor.organisationId())
                .param("shared", shared.patterns(actor)).param("limit", MAX_UNITS + 1)
                .query((rs, i) -> unit(actor, rs, names)).list();
    }

    private RecalledUnit unit(Actor actor, ResultSet rs, Map<String, String> names) throws SQLException {
        return new RecalledUnit(rs.getString("key"), rs.getInt("depth"), rs.getBoolean("outermost"),
                rs.getObject("event_time", OffsetDateTime.class), rs.getString("biz_step"), rs.getString("disposition"),
                name(actor, rs.getString("biz_location"), names), name(actor, rs.getString("destination"), names),
                rs.getBoolean("accepted"));
    }

    /** Names for facility and organisation URNs the actor may see; other URIs stay as they are. */
    public Map<String, String> names(Actor actor, java.util.Collection<String> uris) {
        Map<String, String> cache = new HashMap<>();
        Map<String, String> result = new java.util.LinkedHashMap<>();
        uris.stream().filter(java.util.Objects::nonNull).forEach(u -> result.put(u, name(actor, u, cache)));
        return result;
    }

    /** A facility's or organisation's name for its URN, when the actor may see it; else the URN. */
    private String name(Actor actor, String uri, Map<String, String> names) {
        if (uri == null) {
            return null;
        }
        return names.computeIfAbsent(uri, u -> {
            try {
                UUID facility = Identifiers.facilityOf(u);
                if (facility != null) {
                    return facilities.get(actor, new FacilityId(facility)).name();
                }
                UUID organisation = Identifiers.organisationOf(u);
                if (organisation != null) {
                    return organisations.get(actor, new OrganisationId(organisation)).name();
                }
            } catch (DomainException e) {
                return u;
            }
            return u;
        });
    }
}
