package org.jointline.partners;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation outside the demo programme, with its own programme, facility and programme office
 * ({@code office.out}); and the demo records that must stay private from it.
 */
record TenancyFixture(OrganisationId outsider, String outsiderOffice, Targets targets) {

    /** Records of the demo programme, and words that would show if one of them leaked. */
    record Targets(ProgrammeId programme, OrganisationId organisation, FacilityId facility, ProductionLineId line,
                   PersonId person, AccessTokenId token, Set<String> secrets) {
    }

    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "fixture", "Fixture", UUID.randomUUID(), Set.of(Role.ADMINISTRATOR));

    static TenancyFixture create(ProgrammeManagement programmes, OrganisationManagement organisations,
                                 FacilityManagement facilities, PeopleManagement people, JdbcClient jdbc) {
        OrganisationId outsider = jdbc.sql("SELECT id FROM partners.organisation WHERE name = 'Outsider Dynamics Ltd'")
                .query((rs, n) -> new OrganisationId(rs.getObject(1, UUID.class))).optional()
                .orElseGet(() -> outsiderWorld(programmes, organisations, facilities, people));
        return new TenancyFixture(outsider, "office.out", targets(people, jdbc));
    }

    private static OrganisationId outsiderWorld(ProgrammeManagement programmes, OrganisationManagement organisations,
                                                FacilityManagement facilities, PeopleManagement people) {
        OrganisationId id = organisations.register(ADMIN, new OrganisationDetails("Outsider Dynamics Ltd",
                OrganisationKind.MANUFACTURER, "GB", "Leeds", null, null)).id();
        ProgrammeId programme = programmes.create(ADMIN, new ProgrammeDetails("OUT-1", "Outsider programme", null, null, null, null)).id();
        programmes.addMember(ADMIN, programme, new MembershipDetails(id, MemberRole.HOST));
        facilities.register(ADMIN, new FacilityDetails(id, "LDS-1", "Leeds works", "GB", "Leeds", null, null));
        people.register(ADMIN, new PersonDetails(id, "office.out", "Olivia Outsider", null, EnumSet.of(Role.PROGRAMME_OFFICE),
                true, "outsider-password", null));
        return id;
    }

    private static Targets targets(PeopleManagement people, JdbcClient jdbc) {
        UUID personId = uuid(jdbc, "SELECT id FROM partners.person WHERE username = 'office.ro'");
        Actor officeRo = new Actor(personId, "office.ro", "Ioana Popescu",
                uuid(jdbc, "SELECT organisation_id FROM partners.person WHERE username = 'office.ro'"), Set.of(Role.PROGRAMME_OFFICE));
        AccessTokenId token = people.tokens(officeRo).stream().filter(t -> t.name().equals("tenancy")).findFirst()
                .map(AccessTokenView::id)
                .orElseGet(() -> people.createToken(officeRo, new TokenRequest("tenancy", 30)).token().id());
        return new Targets(
                new ProgrammeId(uuid(jdbc, "SELECT id FROM partners.programme WHERE code = 'RO-UA-JDP'")),
                new OrganisationId(officeRo.organisationId()),
                new FacilityId(uuid(jdbc, "SELECT id FROM partners.facility WHERE code = 'BRV-1'")),
                new ProductionLineId(uuid(jdbc, "SELECT id FROM partners.production_line WHERE code = 'FPV-A'")),
                new PersonId(personId), token,
                Set.of("Carpathian Aero Systems", "Brașov joint drone plant", "Ioana Popescu", "RO-UA-JDP",
                        "FPV assembly line A", "tenancy"));
    }

    private static UUID uuid(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(UUID.class).single();
    }

    static PageQuery all() {
        return new PageQuery(0, PageQuery.MAX_SIZE, null);
    }
}
