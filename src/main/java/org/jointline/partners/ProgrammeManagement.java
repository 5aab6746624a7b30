package org.jointline.partners;

import java.util.List;
import org.jointline.partners.internal.Organisations;
import org.jointline.partners.internal.Programmes;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programmes and their member organisations. A person sees the programmes their organisation
 * belongs to; administrators create programmes; a member's programme office manages them.
 */
@Service
@Transactional
public class ProgrammeManagement {

    private final Programmes programmes;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    ProgrammeManagement(Programmes programmes, Organisations organisations, ApplicationEventPublisher events) {
        this.programmes = programmes;
        this.organisations = organisations;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<Programme> list(Actor actor, PageQuery query) {
        return programmes.page(actor, query);
    }

    @Transactional(readOnly = true)
    public Programme get(Actor actor, ProgrammeId id) {
        return programmes.find(actor, id).orElseThrow(() -> new NotFound("programme", id));
    }

    @Transactional(readOnly = true)
    public List<Member> members(Actor actor, ProgrammeId id) {
        get(actor, id);
        return programmes.members(id);
    }

    @Transactional(readOnly = true)
    public boolean mayManage(Actor actor, ProgrammeId id) {
        return actor.isAdministrator()
                || (actor.has(Role.PROGRAMME_OFFICE) && programmes.isMember(id, new OrganisationId(actor.organisationId())));
    }

    public Programme create(Actor actor, ProgrammeDetails details) {
        actor.require(Role.ADMINISTRATOR);
        check(details, null);
        ProgrammeId id = ProgrammeId.next();
        programmes.insert(id, details);
        return get(actor, id);
    }

    public Programme update(Actor actor, ProgrammeId id, ProgrammeDetails details) {
        get(actor, id);
        requireManage(actor, id);
        check(details, id);
        programmes.update(id, details);
        return get(actor, id);
    }

    public Member addMember(Actor actor, ProgrammeId id, MembershipDetails details) {
        get(actor, id);
        requireManage(actor, id);
        organisations.get(details.organisationId())
                .orElseThrow(() -> new InvalidInput("organisationId", "validation.unknown-organisation"));
        programmes.addMember(id, details.organisationId(), details.role());
        events.publishEvent(new MemberAdded(id, details.organisationId(), details.role()));
        return programmes.members(id).stream().filter(m -> m.organisationId().equals(details.organisationId()))
                .findFirst().orElseThrow();
    }

    public void removeMember(Actor actor, ProgrammeId id, OrganisationId organisation) {
        get(actor, id);
        requireManage(actor, id);
        if (programmes.removeMember(id, organisation) == 0) {
            throw new NotFound("member", organisation);
        }
    }

    private void requireManage(Actor actor, ProgrammeId id) {
        if (!mayManage(actor, id)) {
            throw new Forbidden();
        }
    }

    private void check(ProgrammeDetails details, ProgrammeId self) {
        if (details.startsOn() != null && details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            throw new InvalidInput("endsOn", "validation.ends-before-start");
        }
        if (programmes.codeTaken(details.code(), self)) {
            throw new InvalidInput("code", "validation.taken");
        }
    }
}
