package org.jointline.partners;

import java.util.List;
import org.jointline.partners.internal.Organisations;
import org.jointline.partners.internal.Stewardship;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations: companies, ministries, agencies. Visible to their own people and to the members of
 * the programmes they share; registered by administrators and programme offices; changed by their own
 * programme office.
 */
@Service
@Transactional
public class OrganisationManagement {

    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    OrganisationManagement(Organisations organisations, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<Organisation> list(Actor actor, PageQuery query) {
        return organisations.page(actor, query);
    }

    /** Every organisation the actor can see, for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<Organisation> choices(Actor actor) {
        return organisations.page(actor, new PageQuery(0, PageQuery.MAX_SIZE, null)).items();
    }

    @Transactional(readOnly = true)
    public Organisation get(Actor actor, OrganisationId id) {
        return organisations.find(actor, id).orElseThrow(() -> new NotFound("organisation", id));
    }

    /** The organisation and every organisation that shares a programme with it. */
    @Transactional(readOnly = true)
    public java.util.Set<OrganisationId> partnersOf(OrganisationId id) {
        return organisations.partnersOf(id);
    }

    @Transactional(readOnly = true)
    public boolean mayManage(Actor actor, OrganisationId id) {
        return Stewardship.mayManage(actor, id.value());
    }

    public Organisation register(Actor actor, OrganisationDetails details) {
        actor.require(Role.PROGRAMME_OFFICE);
        if (organisations.nameTaken(details.name(), details.country(), null)) {
            throw new InvalidInput("name", "validation.taken");
        }
        OrganisationId id = OrganisationId.next();
        organisations.insert(id, details);
        events.publishEvent(new OrganisationRegistered(id, details.name(), details.country(), details.kind()));
        return organisations.get(id).orElseThrow();
    }

    public Organisation update(Actor actor, OrganisationId id, OrganisationDetails details) {
        Organisation before = get(actor, id);
        Stewardship.requireManage(actor, id.value());
        if (organisations.nameTaken(details.name(), details.country(), id)) {
            throw new InvalidInput("name", "validation.taken");
        }
        organisations.update(id, details);
        if (!before.name().equals(details.name()) || !before.country().equals(details.country())) {
            events.publishEvent(new OrganisationChanged(id, details.name(), details.country()));
        }
        return get(actor, id);
    }
}
