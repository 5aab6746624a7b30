package org.jointline.partners;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jointline.partners.internal.AccessTokenRows;
import org.jointline.partners.internal.Organisations;
import org.jointline.partners.internal.People;
import org.jointline.partners.internal.Stewardship;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.security.AccessTokens;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People, their roles and their personal access tokens. A person's record is private to their
 * organisation; its programme office (or an administrator) manages it. Only administrators make
 * administrators.
 */
@Service
@Transactional
public class PeopleManagement {

    private final People people;
    private final Organisations organisations;
    private final AccessTokenRows tokens;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    PeopleManagement(People people, Organisations organisations, AccessTokenRows tokens, PasswordEncoder passwords,
                     ApplicationEventPublisher events) {
        this.people = people;
        this.organisations = organisations;
        this.tokens = tokens;
        this.passwords = passwords;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<Person> list(Actor actor, PageQuery query) {
        return people.page(actor, query);
    }

    @Transactional(readOnly = true)
    public Person get(Actor actor, PersonId id) {
        return people.find(actor, id).orElseThrow(() -> new NotFound("person", id));
    }

    @Transactional(readOnly = true)
    public Person me(Actor actor) {
        return get(actor, new PersonId(actor.personId()));
    }

    @Transactional(readOnly = true)
    public boolean mayManage(Actor actor, OrganisationId organisation) {
        return Stewardship.mayManage(actor, organisation.value());
    }

    public Person register(Actor actor, PersonDetails details) {
        organisations.find(actor, details.organisationId())
                .orElseThrow(() -> new InvalidInput("organisationId", "validation.unknown-organisation"));
        checkMayGrant(actor, details);
        if (people.usernameTaken(details.username(), null)) {
            throw new InvalidInput("username", "validation.taken");
        }
        PersonId id = PersonId.next();
        people.insert(id, details, hash(details.password()));
        events.publishEvent(new PersonRegistered(id, details.organisationId(), details.displayName()));
        return get(actor, id);
    }

    public Person update(Actor actor, PersonId id, PersonDetails details) {
        Person person = get(actor, id);
        PersonDetails sameOrganisation = new PersonDetails(person.organisationId(), details.username(),
                details.displayName(), details.email(), details.roles(), details.enabled(), details.password(),
                details.version());
        checkMayGrant(actor, sameOrganisation);
        if (person.roles().contains(Role.ADMINISTRATOR) && !actor.isAdministrator()) {
            throw new Forbidden();
        }
        if (people.usernameTaken(details.username(), id)) {
            throw new InvalidInput("username", "validation.taken");
        }
        people.update(id, sameOrganisation, hash(details.password()));
        if (!person.displayName().equals(details.displayName())) {
            events.publishEvent(new PersonChanged(id, person.organisationId(), details.displayName()));
        }
        return get(actor, id);
    }

    @Transactional(readOnly = true)
    public List<AccessTokenView> tokens(Actor actor) {
        return tokens.of(new PersonId(actor.personId()));
    }

    public NewAccessToken createToken(Actor actor, TokenRequest request) {
        String secret = AccessTokens.generate();
        AccessTokenId id = AccessTokenId.next();
        Instant expires = request.validDays() == null ? null : Instant.now().plus(Duration.ofDays(request.validDays()));
        PersonId me = new PersonId(actor.personId());
        tokens.insert(id, me, request.name(), AccessTokens.hash(secret), "…" + secret.substring(secret.length() - 4), expires);
        return new NewAccessToken(tokens.find(me, id).orElseThrow(), secret);
    }

    public void revokeToken(Actor actor, AccessTokenId id) {
        PersonId me = new PersonId(actor.personId());
        tokens.find(me, id).orElseThrow(() -> new NotFound("token", id));
        tokens.revoke(me, id);
    }

    private void checkMayGrant(Actor actor, PersonDetails details) {
        Stewardship.requireManage(actor, details.organisationId().value());
        if (details.roles().contains(Role.ADMINISTRATOR) && !actor.isAdministrator()) {
            throw new Forbidden();
        }
    }

    private String hash(String password) {
        return password == null || password.isBlank() ? null : passwords.encode(password);
    }
}
