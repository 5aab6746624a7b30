package org.jointline.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.PeopleManagement;
import org.jointline.partners.PersonId;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.screening.internal.Lists;
import org.jointline.screening.internal.Screening;
import org.jointline.screening.internal.matching.ListIndex;
import org.jointline.screening.internal.matching.NameMatcher;
import org.jointline.screening.internal.matching.NameScore;
import org.jointline.screening.internal.matching.PartyType;
import org.springframework.stereotype.Service;

/**
 * What people do with screening: the compliance officer's queue of held parties with their hits, dismissing a hit
 * with a reason or confirming it, a party's state where its page shows it, and the matcher for look-ups and audits.
 * Officers see the parties of their own organisation and of the organisations they share a programme with.
 */
@Service
public class ScreeningManagement {

    public static final int MAX_QUERIES = 1000;
    private static final int MATCHES_PER_QUERY = 5;
    /** Look-ups show candidates somewhat below the threshold too, so a person sees what nearly matched. */
    private static final double LOOKUP_FLOOR = 0.6;

    private final Screening screening;
    private final Lists lists;
    private final OrganisationManagement organisations;
    private final PeopleManagement people;

    ScreeningManagement(Screening screening, Lists lists, OrganisationManagement organisations, PeopleManagement people) {
        this.screening = screening;
        this.lists = lists;
        this.organisations = organisations;
        this.people = people;
    }

    public PageResult<PartyState> queue(Actor actor, ScreeningState state, PageQuery query) {
        actor.require(Role.COMPLIANCE_OFFICER, Role.AUDITOR);
        return screening.page(state == null ? ScreeningState.HELD : state, scope(actor), query);
    }

    /** The screening state of an organisation the actor may see (screened now if it never was). */
    public PartyState organisation(Actor actor, OrganisationId id) {
        organisations.get(actor, id);
        return screening.state(id);
    }

    /** The screening state of a person the actor may see. */
    public PartyState person(Actor actor, PersonId id) {
        people.get(actor, id);
        return screening.state(id);
    }

    public PartyState dismiss(Actor actor, UUID hit, HitDecision decision) {
        return decide(actor, hit, HitStatus.DISMISSED, decision);
    }

    public PartyState confirm(Actor actor, UUID hit, HitDecision decision) {
        return decide(actor, hit, HitStatus.CONFIRMED, decision);
    }

    private PartyState decide(Actor actor, UUID hit, HitStatus status, HitDecision decision) {
        Set<UUID> scope = scope(actor);
        UUID organisation = screening.organisationOfHit(hit).orElseThrow(() -> new NotFound("hit", hit));
        if (scope != null && !scope.contains(organisation)) {
            throw new NotFound("hit", hit);
        }
        actor.require(Role.COMPLIANCE_OFFICER);
        return screening.decide(actor, hit, status, decision == null ? null : decision.reason());
    }

    public List<QueryMatches> matches(Actor actor, List<MatchQuery> queries) {
        actor.require(Role.COMPLIANCE_OFFICER, Role.AUDITOR);
        if (queries == null || queries.isEmpty() || queries.size() > MAX_QUERIES) {
            throw new InvalidInput("queries", "screening.matches.size", MAX_QUERIES);
        }
        ListIndex index = lists.index();
        List<QueryMatches> out = new ArrayList<>(queries.size());
        for (MatchQuery q : queries) {
            PartyType type = q.kind() == PartyKindName.PERSON ? PartyType.PERSON : PartyType.ORGANISATION;
            List<EntryMatch> found = index.search(q.name(), type, LOOKUP_FLOOR, MATCHES_PER_QUERY).stream()
                    .map(c -> new EntryMatch(c.entry().id(), c.entry().list(), c.entry().reference(), c.entry().name(),
                            c.matchedName(), round(c.score().score()), c.score().match(), c.score().explanation(),
                            c.entry().countries(), countryMatches(q.country(), c.entry().countries())))
                    .toList();
            out.add(new QueryMatches(q.name(), found));
        }
        return out;
    }

    public List<NameComparison> compare(Actor actor, List<NamePair> pairs) {
        actor.require(Role.COMPLIANCE_OFFICER, Role.AUDITOR);
        if (pairs == null || pairs.isEmpty() || pairs.size() > MAX_QUERIES) {
            throw new InvalidInput("pairs", "screening.matches.size", MAX_QUERIES);
        }
        return pairs.stream().map(p -> {
            NameScore score = NameMatcher.compare(p.a(), p.b(),
                    p.kind() == PartyKindName.PERSON ? PartyType.PERSON : PartyType.ORGANISATION);
            return new NameComparison(round(score.score()), score.match(), score.explanation());
        }).toList();
    }

    /** {@code null}: every party (administrators); otherwise the actor's organisation and its programme partners. */
    private Set<UUID> scope(Actor actor) {
        if (actor.isAdministrator()) {
            return null;
        }
        Set<UUID> scope = new java.util.HashSet<>();
        organisations.partnersOf(new OrganisationId(actor.organisationId())).forEach(o -> scope.add(o.value()));
        scope.add(actor.organisationId());
        return scope;
    }

    private static boolean countryMatches(String country, List<String> countries) {
        if (country == null || country.isBlank()) {
            return false;
        }
        String wanted = country.strip();
        String name = wanted.length() == 2 ? new Locale("", wanted.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH) : wanted;
        return countries.stream().anyMatch(c -> c.equalsIgnoreCase(name) || c.equalsIgnoreCase(wanted));
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
