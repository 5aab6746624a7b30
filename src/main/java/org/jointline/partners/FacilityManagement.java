package org.jointline.partners;

import java.util.List;
import org.jointline.partners.internal.Facilities;
import org.jointline.partners.internal.Organisations;
import org.jointline.partners.internal.Stewardship;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Facilities (with their country: what makes a movement an export) and their production lines.
 * Visible to the programme partners of the owner; changed by the owner's programme office.
 */
@Service
@Transactional
public class FacilityManagement {

    private final Facilities facilities;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;

    FacilityManagement(Facilities facilities, Organisations organisations, ApplicationEventPublisher events) {
        this.facilities = facilities;
        this.organisations = organisations;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<Facility> list(Actor actor, PageQuery query, OrganisationId owner) {
        return facilities.page(actor, query, owner);
    }

    /** Every facility the actor sees, in one read (no page, no count): for modules that check many against them. */
    @Transactional(readOnly = true)
    public List<Facility> all(Actor actor) {
        return facilities.all(actor);
    }

    @Transactional(readOnly = true)
    public Facility get(Actor actor, FacilityId id) {
        return facilities.find(actor, id).orElseThrow(() -> new NotFound("facility", id));
    }

    @Transactional(readOnly = true)
    public boolean mayManage(Actor actor, Facility facility) {
        return Stewardship.mayManage(actor, facility.organisationId().value());
    }

    public Facility register(Actor actor, FacilityDetails details) {
        organisations.find(actor, details.organisationId())
                .orElseThrow(() -> new InvalidInput("organisationId", "validation.unknown-organisation"));
        Stewardship.requireManage(actor, details.organisationId().value());
        if (facilities.codeTaken(details.organisationId(), details.code(), null)) {
            throw new InvalidInput("code", "validation.taken");
        }
        FacilityId id = FacilityId.next();
        facilities.insert(id, details);
        events.publishEvent(new FacilityRegistered(id, details.organisationId(), details.country()));
        return get(actor, id);
    }

    public Facility update(Actor actor, FacilityId id, FacilityDetails details) {
        Facility facility = get(actor, id);
        Stewardship.requireManage(actor, facility.organisationId().value());
        if (facilities.codeTaken(facility.organisationId(), details.code(), id)) {
            throw new InvalidInput("code", "validation.taken");
        }
        facilities.update(id, details);
        return get(actor, id);
    }

    @Transactional(readOnly = true)
    public List<ProductionLine> lines(Actor actor, FacilityId id) {
        get(actor, id);
        return facilities.lines(id);
    }

    @Transactional(readOnly = true)
    public ProductionLine line(Actor actor, ProductionLineId id) {
        ProductionLine line = facilities.line(id).orElseThrow(() -> new NotFound("line", id));
        facilities.find(actor, line.facilityId()).orElseThrow(() -> new NotFound("line", id));
        return line;
    }

    public ProductionLine addLine(Actor actor, FacilityId facilityId, LineDetails details) {
        Facility facility = get(actor, facilityId);
        Stewardship.requireManage(actor, facility.organisationId().value());
        if (facilities.lineCodeTaken(facilityId, details.code(), null)) {
            throw new InvalidInput("code", "validation.taken");
        }
        ProductionLineId id = ProductionLineId.next();
        facilities.insertLine(id, facilityId, details);
        return facilities.line(id).orElseThrow();
    }

    public ProductionLine updateLine(Actor actor, ProductionLineId id, LineDetails details) {
        ProductionLine line = line(actor, id);
        Facility facility = get(actor, line.facilityId());
        Stewardship.requireManage(actor, facility.organisationId().value());
        if (facilities.lineCodeTaken(line.facilityId(), details.code(), id)) {
            throw new InvalidInput("code", "validation.taken");
        }
        facilities.updateLine(id, details);
        return facilities.line(id).orElseThrow();
    }
}
