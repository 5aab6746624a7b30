package org.jointline.sharing.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityId;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Member;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.MemberAdded;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationChanged;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.OrganisationRegistered;
import org.jointline.partners.Programme;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is who for decisions: each organisation's name and country and the programmes it belongs to, read from
 * partners as the system and kept for a minute (and dropped at once when partners announce a change), so that
 * a decision does not ask partners each time.
 */
@Component
public class Directory {

    /** Reads partners' data for the decision point; never acts on anything. */
    static final Actor SYSTEM = new Actor(new UUID(0, 0), "sharing", "Sharing", new UUID(0, 0), Set.of(Role.ADMINISTRATOR));
    private static final Duration FRESH = Duration.ofMinutes(1);

    public record Party(UUID id, String name, String country, Set<UUID> programmes) {
    }

    public record ProgrammeMembers(UUID id, String code, String name, List<UUID> members) {
    }

    private record Snapshot(Map<UUID, Party> parties, Map<UUID, ProgrammeMembers> programmes, Instant loaded) {
    }

    private final OrganisationManagement organisations;
    private final ProgrammeManagement programmeManagement;
    private final FacilityManagement facilities;
    private volatile Snapshot snapshot;

    Directory(OrganisationManagement organisations, ProgrammeManagement programmeManagement,
              FacilityManagement facilities) {
        this.organisations = organisations;
        this.programmeManagement = programmeManagement;
        this.facilities = facilities;
    }

    /** Where an organisation's know-how leaves from: its first facility in its own country, else its first. */
    public FacilityId originOf(UUID organisation) {
        Party party = party(organisation);
        List<Facility> found = facilities.list(SYSTEM, PageQuery.of(0, PageQuery.MAX_SIZE, null),
                new OrganisationId(organisation)).items();
        return found.stream().filter(f -> party != null && f.country().equals(party.country())).findFirst()
                .or(() -> found.stream().findFirst()).map(Facility::id).orElse(null);
    }

    public Party party(UUID organisation) {
        return current().parties().get(organisation);
    }

    public ProgrammeMembers programme(UUID programme) {
        return current().programmes().get(programme);
    }

    public String name(UUID organisation) {
        Party party = party(organisation);
        return party == null ? String.valueOf(organisation) : party.name();
    }

    @EventListener({MemberAdded.class, OrganisationRegistered.class, OrganisationChanged.class})
    void partnersChanged() {
        snapshot = null;
    }

    public void refresh() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null || s.loaded().plus(FRESH).isBefore(Instant.now())) {
            s = load();
            snapshot = s;
        }
        return s;
    }

    private Snapshot load() {
        Map<UUID, ProgrammeMembers> programmes = new HashMap<>();
        Map<UUID, List<UUID>> membership = new HashMap<>();
        for (Programme p : all(q -> programmeManagement.list(SYSTEM, q))) {
            List<UUID> members = programmeManagement.members(SYSTEM, p.id()).stream()
                    .map(Member::organisationId).map(o -> o.value()).toList();
            programmes.put(p.id().value(), new ProgrammeMembers(p.id().value(), p.code(), p.name(), members));
            members.forEach(m -> membership.computeIfAbsent(m, k -> new ArrayList<>()).add(p.id().value()));
        }
        Map<UUID, Party> parties = new HashMap<>();
        for (Organisation o : all(q -> organisations.list(SYSTEM, q))) {
            parties.put(o.id().value(), new Party(o.id().value(), o.name(), o.country(),
                    Set.copyOf(membership.getOrDefault(o.id().value(), List.of()))));
        }
        return new Snapshot(Map.copyOf(parties), Map.copyOf(programmes), Instant.now());
    }

    private static <T> List<T> all(java.util.function.Function<PageQuery, PageResult<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResult<T> result = pages.apply(new PageQuery(page, PageQuery.MAX_SIZE, null));
            all.addAll(result.items());
            if (!result.hasNext()) {
                return all;
            }
        }
    }
}
