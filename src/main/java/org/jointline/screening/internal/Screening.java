package org.jointline.screening.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Optional;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.StateRefused;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.PeopleManagement;
import org.jointline.partners.Person;
import org.jointline.partners.PersonId;
import org.jointline.platform.Actor;
import org.jointline.platform.Role;
import org.jointline.screening.HitStatus;
import org.jointline.screening.PartyKind;
import org.jointline.screening.PartyScreening;
import org.jointline.screening.PartyScreeningChanged;
import org.jointline.screening.PartyState;
import org.jointline.screening.ScreeningHit;
import org.jointline.screening.ScreeningState;
import org.jointline.screening.internal.matching.ListIndex;
import org.jointline.screening.internal.matching.NameMatcher;
import org.jointline.screening.internal.matching.PartyType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens parties against the index: new possible matches open a hit and hold the party; a dismissed hit opens
 * again when its entry has changed since the dismissal; open hits whose entry no longer matches (or left the
 * list) are dropped; confirmed hits stay. Publishes {@link PartyScreeningChanged} when the state moves.
 */
@Service
@Transactional
public class Screening implements PartyScreening {

    /** Screening reads the names of parties it must screen whoever asks; it never shows them to anyone. */
    static final Actor SYSTEM = new Actor(new UUID(0, 0), "screening", "Sanctions screening", new UUID(0, 0),
            Set.of(Role.ADMINISTRATOR));
    private static final int HITS_PER_PARTY = 10;

    private final Parties parties;
    private final Lists lists;
    private final OrganisationManagement organisations;
    private final PeopleManagement people;
    private final ApplicationEventPublisher events;

    Screening(Parties parties, Lists lists, OrganisationManagement organisations, PeopleManagement people,
              ApplicationEventPublisher events) {
        this.parties = parties;
        this.lists = lists;
        this.organisations = organisations;
        this.people = people;
        this.events = events;
        NameMatcher.warmUp();
    }

    @Override
    public PartyState state(OrganisationId organisation) {
        return parties.find(organisation.value()).map(this::view).orElseGet(() -> {
            Organisation o = organisations.get(SYSTEM, organisation);
            return screen(PartyKind.ORGANISATION, o.id().value(), o.id().value(), o.name(), o.country());
        });
    }

    @Override
    public PartyState state(PersonId person) {
        return parties.find(person.value()).map(this::view).orElseGet(() -> {
            Person p = people.get(SYSTEM, person);
            return screen(PartyKind.PERSON, p.id().value(), p.organisationId().value(), p.displayName(), null);
        });
    }

    PartyState screen(PartyKind kind, UUID id, UUID organisationId, String name, String country) {
        Instant now = Instant.now();
        PartyType type = kind == PartyKind.PERSON ? PartyType.PERSON : PartyType.ORGANISATION;
        List<ListIndex.Candidate> found = lists.index().search(name, type, NameMatcher.THRESHOLD, HITS_PER_PARTY);
        ScreeningState before = parties.find(id).map(Parties.Party::state).orElse(null);
        // the party row first: hits refer to it
        parties.save(new Parties.Party(id, kind, organisationId, name, country,
                before == null ? ScreeningState.CLEAR : before, now));
        Map<UUID, Parties.Hit> existing = new HashMap<>();
        parties.hits(id).forEach(h -> existing.put(h.view().entryId(), h));
        for (ListIndex.Candidate c : found) {
            Parties.Hit hit = existing.remove(c.entry().id());
            if (hit == null) {
                parties.insertHit(id, c.entry().id(), c.matchedName(), c.score().score(), c.score().explanation(),
                        c.entry().contentHash(), now);
                continue;
            }
            parties.refreshHit(hit.view().id(), c.matchedName(), c.score().score(), c.score().explanation());
            if (hit.view().status() == HitStatus.DISMISSED && !hit.decidedHash().equals(c.entry().contentHash())) {
                parties.reopen(hit.view().id(), c.entry().contentHash(),
                        "entry changed after dismissal: " + hit.view().reason());
            }
        }
        existing.values().stream().filter(h -> h.view().status() == HitStatus.OPEN)
                .forEach(h -> parties.deleteHit(h.view().id()));
        ScreeningState state = stateOf(parties.hits(id));
        parties.save(new Parties.Party(id, kind, organisationId, name, country, state, now));
        if (state != before) {
            events.publishEvent(new PartyScreeningChanged(kind, id, state, before));
        }
        return view(parties.find(id).orElseThrow());
    }

    /** Screens every known party again; the number screened. */
    int rescreenAll() {
        List<Parties.Party> all = parties.all();
        all.forEach(p -> screen(p.kind(), p.id(), p.organisationId(), p.name(), p.country()));
        return all.size();
    }

    /** After an officer's decision on one of the party's hits. */
    void settle(UUID partyId) {
        Parties.Party party = parties.find(partyId).orElseThrow();
        ScreeningState state = stateOf(parties.hits(partyId));
        if (state != party.state()) {
            parties.save(new Parties.Party(party.id(), party.kind(), party.organisationId(), party.name(), party.country(),
                    state, party.screenedAt()));
            events.publishEvent(new PartyScreeningChanged(party.kind(), party.id(), state, party.state()));
        }
    }

    /** Held (or confirmed) parties of the given organisations ({@code null}: all). */
    @Transactional(readOnly = true)
    public PageResult<PartyState> page(ScreeningState state, Collection<UUID> organisations, PageQuery query) {
        return parties.page(state, organisations, query).map(this::view);
    }

    /** The party's state if it was screened, with the organisation it belongs to. */
    @Transactional(readOnly = true)
    public Optional<PartyState> find(UUID partyId) {
        return parties.find(partyId).map(this::view);
    }

    /** The organisation a hit's party belongs to, for deciding who may decide it. */
    @Transactional(readOnly = true)
    public Optional<UUID> organisationOfHit(UUID hitId) {
        return parties.hit(hitId).flatMap(h -> parties.find(h.partyId())).map(Parties.Party::organisationId);
    }

    /** An officer's decision on an open or dismissed hit. */
    public PartyState decide(Actor actor, UUID hitId, HitStatus status, String reason) {
        Parties.Hit hit = parties.hit(hitId).orElseThrow(() -> new NotFound("hit", hitId));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "screening.hit.reason-required");
        }
        if (hit.view().status() == HitStatus.CONFIRMED) {
            throw new StateRefused("screening.hit.already-confirmed");
        }
        parties.decide(hitId, status, reason.strip(), actor.displayName(), hit.entryHash(), Instant.now());
        settle(hit.partyId());
        return view(parties.find(hit.partyId()).orElseThrow());
    }

    PartyState view(Parties.Party party) {
        List<ScreeningHit> hits = parties.hits(party.id()).stream().map(Parties.Hit::view).toList();
        return new PartyState(party.kind(), party.id(), party.name(), party.country(), party.state(), hits, party.screenedAt());
    }

    private static ScreeningState stateOf(List<Parties.Hit> hits) {
        if (hits.stream().anyMatch(h -> h.view().status() == HitStatus.CONFIRMED)) {
            return ScreeningState.CONFIRMED;
        }
        if (hits.stream().anyMatch(h -> h.view().status() == HitStatus.OPEN)) {
            return ScreeningState.HELD;
        }
        return ScreeningState.CLEAR;
    }
}
