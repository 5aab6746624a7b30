package org.jointline.compliance;

import java.util.List;
import java.util.UUID;
import org.jointline.compliance.internal.AuthorisationRows;
import org.jointline.compliance.internal.Facts;
import org.jointline.engineering.ItemId;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.Ids;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.PageResult;
import org.jointline.platform.Role;
import org.jointline.platform.StateRefused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authorisations and end-user certificates. A holder's authorisations are read by its people, auditors and
 * administrators; general ones (no holder) by everyone. Its compliance officers register and revoke them.
 */
@Service
@Transactional
public class Authorisations {

    private static final java.util.Set<String> COUNTRIES =
            java.util.Locale.getISOCountries(java.util.Locale.IsoCountryCode.PART1_ALPHA2);

    private final AuthorisationRows rows;
    private final Facts facts;

    Authorisations(AuthorisationRows rows, Facts facts) {
        this.rows = rows;
        this.facts = facts;
    }

    @Transactional(readOnly = true)
    public PageResult<Authorisation> list(Actor actor, PageQuery query) {
        return rows.page(reader(actor), query).map(this::named);
    }

    @Transactional(readOnly = true)
    public Authorisation get(Actor actor, AuthorisationId id) {
        Authorisation a = rows.find(id).orElseThrow(() -> new NotFound("authorisation", id));
        UUID reader = reader(actor);
        if (reader != null && a.holderId() != null && !a.holderId().equals(reader)) {
            throw new NotFound("authorisation", id);
        }
        return named(a);
    }

    @Transactional(readOnly = true)
    public List<Drawdown> drawdowns(Actor actor, AuthorisationId id) {
        get(actor, id);
        return rows.drawdowns(id);
    }

    public boolean mayManage(Actor actor, UUID holder) {
        return actor.isAdministrator() || holder != null && actor.has(Role.COMPLIANCE_OFFICER) && actor.actsFor(holder);
    }

    public Authorisation register(Actor actor, AuthorisationDetails d) {
        if (!mayManage(actor, d.holder() == null ? null : d.holder().value())) {
            throw new Forbidden();
        }
        check(d);
        AuthorisationId id = AuthorisationId.next();
        rows.insert(id, d, actor.displayName());
        return get(actor, id);
    }

    public Authorisation revoke(Actor actor, AuthorisationId id) {
        Authorisation a = get(actor, id);
        if (!mayManage(actor, a.holderId())) {
            throw new Forbidden();
        }
        if (a.revoked()) {
            throw new StateRefused("compliance.authorisation-revoked", a.reference());
        }
        rows.revoke(id);
        return get(actor, id);
    }

    @Transactional(readOnly = true)
    public List<EndUserCertificate> certificates(Actor actor) {
        return rows.certificates(reader(actor)).stream().map(c -> new EndUserCertificate(c.id(), c.reference(),
                c.endUserId(), facts.organisationName(c.endUserId()), c.country(), c.endUse(), c.noReexport(),
                c.validFrom(), c.validTo(), c.authorisationId(), c.documentId(), c.holderId())).toList();
    }

    /** Registers an end-user certificate the actor's organisation received from an end user. */
    public EndUserCertificate registerCertificate(Actor actor, EndUserCertificateDetails d) {
        UUID holder = actor.organisationId();
        if (!mayManage(actor, holder)) {
            throw new Forbidden();
        }
        facts.organisation(d.endUser()).orElseThrow(() -> new InvalidInput("endUser", "compliance.unknown-organisation", d.endUser()));
        if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            throw new InvalidInput("validTo", "compliance.ends-before-start");
        }
        if (d.authorisation() != null) {
            get(actor, d.authorisation());
        }
        UUID id = Ids.next();
        rows.insertCertificate(id, holder, d, actor.displayName());
        return certificates(actor).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private void check(AuthorisationDetails d) {
        if (d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            throw new InvalidInput("validTo", "compliance.ends-before-start");
        }
        if (d.quantityCeiling() != null && d.quantityCeiling().signum() < 0) {
            throw new InvalidInput("quantityCeiling", "compliance.ceiling-negative");
        }
        if (d.valueCeiling() != null && d.valueCeiling().signum() < 0) {
            throw new InvalidInput("valueCeiling", "compliance.ceiling-negative");
        }
        if (d.destinations().isEmpty()) {
            throw new InvalidInput("destinations", "compliance.destinations-required");
        }
        d.destinations().stream().filter(c -> !COUNTRIES.contains(c)).findFirst().ifPresent(c -> {
            throw new InvalidInput("destinations", "compliance.unknown-country", c);
        });
        if (d.codes().isEmpty() && d.items().isEmpty()) {
            throw new InvalidInput("codes", "compliance.covers-nothing");
        }
        if (d.holder() == null && !d.type().unionGeneral() && d.type() != AuthorisationType.NATIONAL_GENERAL
                && d.type() != AuthorisationType.ICT_GENERAL) {
            throw new InvalidInput("holder", "compliance.holder-required");
        }
        if (d.holder() != null) {
            facts.organisation(d.holder()).orElseThrow(() -> new InvalidInput("holder", "compliance.unknown-organisation", d.holder()));
        }
        for (OrganisationId party : concat(d.consignees(), d.endUsers())) {
            facts.organisation(party).orElseThrow(() -> new InvalidInput("consignees", "compliance.unknown-organisation", party));
        }
        List<ItemId> missing = d.items().stream().filter(i -> !facts.items(d.items()).containsKey(i)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInput("items", "compliance.unknown-item", missing.getFirst());
        }
        if (rows.referenceTaken(d.issuingCountry(), d.reference())) {
            throw new InvalidInput("reference", "compliance.reference-taken", d.reference());
        }
    }

    private static List<OrganisationId> concat(List<OrganisationId> a, List<OrganisationId> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The holder whose authorisations the actor reads; {@code null} means all. */
    private static UUID reader(Actor actor) {
        return actor.isAdministrator() || actor.has(Role.AUDITOR) ? null : actor.organisationId();
    }

    private Authorisation named(Authorisation a) {
        return new Authorisation(a.id(), a.reference(), a.type(), a.issuingAuthority(), a.issuingCountry(), a.holderId(),
                a.holderId() == null ? null : facts.organisationName(a.holderId()), a.codes(), a.items(),
                a.destinations(), a.consignees(), a.endUsers(), a.quantityCeiling(), a.valueCeiling(), a.quantityUsed(),
                a.valueUsed(), a.validFrom(), a.validTo(), a.endUse(), a.conditions(), a.documentId(), a.revoked(),
                a.version());
    }
}
