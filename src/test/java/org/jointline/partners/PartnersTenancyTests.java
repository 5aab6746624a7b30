package org.jointline.partners;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jointline.JointlineTest;
import org.jointline.RouteProbe;
import org.jointline.RouteProbe.Route;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;

/**
 * Every route of the partners module, pages and API, read from the application's own request
 * mappings (not listed by hand): a person of an organisation outside the demo programme can neither
 * read nor change its records.
 */
@JointlineTest
class PartnersTenancyTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ProgrammeManagement programmes;
    @Autowired OrganisationManagement organisations;
    @Autowired FacilityManagement facilities;
    @Autowired PeopleManagement people;

    private TenancyFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = TenancyFixture.create(programmes, organisations, facilities, people, jdbc);
    }

    @Test
    void theRouteListCoversPagesAndApi() {
        List<String> paths = routes().stream().map(Route::pattern).toList();
        assertThat(paths).contains("/api/v1/facilities/{id}", "/api/v1/people/{id}", "/facilities/{id}", "/people/{id}");
        assertThat(routes()).hasSizeGreaterThan(35);
    }

    @Test
    void allFacilitiesAreTheOnesThePagedListShows() {
        for (String username : List.of(fixture.outsiderOffice(), "office.ro", "operator.ua")) {
            org.jointline.platform.Actor actor = accounts.byUsername(username).orElseThrow().actor();
            List<Facility> listed = facilities.list(actor, new org.jointline.platform.PageQuery(0,
                    org.jointline.platform.PageQuery.MAX_SIZE, null), null).items();
            assertThat(facilities.all(actor)).as(username).containsExactlyElementsOf(listed);
        }
        org.jointline.platform.Actor outsider = accounts.byUsername(fixture.outsiderOffice()).orElseThrow().actor();
        assertThat(facilities.all(outsider)).extracting(Facility::id).isNotEmpty()
                .doesNotContain(fixture.targets().facility());
    }

    @TestFactory
    Stream<DynamicTest> anOutsiderCannotReadOrChangeTheProgrammesRecords() {
        String before = snapshot();
        return Stream.concat(routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> check(route))),
                Stream.of(DynamicTest.dynamicTest("nothing of the demo changed", () -> assertThat(snapshot()).isEqualTo(before))));
    }

    private void check(Route route) throws Exception {
        MvcResult result = mvc.perform(RouteProbe.request(route, this::targetId, this::sample, json,
                as(accounts, fixture.outsiderOffice()))).andReturn();
        boolean claims = route.takes(FacilityDetails.class) || route.takes(PersonDetails.class) || route.takes(ProgrammeDetails.class);
        RouteProbe.assertNothingReached(route, result, fixture.targets().secrets(), route.targetsARecord() || claims);
    }

    private Object targetId(Class<?> type) {
        var t = fixture.targets();
        Map<Class<?>, Object> ids = Map.of(ProgrammeId.class, t.programme(), OrganisationId.class, t.organisation(),
                FacilityId.class, t.facility(), ProductionLineId.class, t.line(), PersonId.class, t.person(),
                AccessTokenId.class, t.token());
        return ids.get(type);
    }

    /** A valid request of each kind; where it names an organisation, it names the demo's. */
    private Object sample(Class<?> type) {
        OrganisationId foreign = fixture.targets().organisation();
        Map<Class<?>, Object> samples = Map.of(
                ProgrammeDetails.class, new ProgrammeDetails("HACK", "Hacked", null, null, null, null),
                OrganisationDetails.class, new OrganisationDetails("Hacked Ltd", OrganisationKind.SUPPLIER, "GB", null, null, null),
                FacilityDetails.class, new FacilityDetails(foreign, "HACK", "Hacked", "RO", null, null, null),
                LineDetails.class, new LineDetails("HACK", "Hacked", 1, null),
                PersonDetails.class, new PersonDetails(foreign, "hacker", "Hacked", null, Set.of(org.jointline.platform.Role.ENGINEER), true, "hacked-password", null),
                MembershipDetails.class, new MembershipDetails(fixture.outsider(), MemberRole.PARTNER),
                TokenRequest.class, new TokenRequest("own token", 1));
        return samples.get(type);
    }

    private List<Route> routes() {
        return RouteProbe.routes(mappings, "org.jointline.partners");
    }

    /** Everything of the demo programme's member organisations, and the programme itself. */
    private String snapshot() {
        return jdbc.sql("""
                WITH demo AS (SELECT m.organisation_id FROM partners.membership m
                              JOIN partners.programme p ON p.id = m.programme_id WHERE p.code = 'RO-UA-JDP')
                SELECT concat_ws('|',
                    (SELECT string_agg(name || version, ',' ORDER BY id) FROM partners.organisation WHERE id IN (SELECT * FROM demo)),
                    (SELECT string_agg(name || code || version, ',' ORDER BY id) FROM partners.facility WHERE organisation_id IN (SELECT * FROM demo)),
                    (SELECT string_agg(l.name || l.code || l.version, ',' ORDER BY l.id) FROM partners.production_line l
                        JOIN partners.facility f ON f.id = l.facility_id WHERE f.organisation_id IN (SELECT * FROM demo)),
                    (SELECT string_agg(display_name || username || version, ',' ORDER BY id) FROM partners.person WHERE organisation_id IN (SELECT * FROM demo)),
                    (SELECT string_agg(name || code || version, ',' ORDER BY id) FROM partners.programme WHERE code = 'RO-UA-JDP'),
                    (SELECT string_agg(organisation_id || role, ',' ORDER BY organisation_id) FROM partners.membership m
                        JOIN partners.programme p ON p.id = m.programme_id WHERE p.code = 'RO-UA-JDP'),
                    (SELECT string_agg(id || coalesce(revoked_at::text, '-'), ',' ORDER BY id) FROM partners.access_token WHERE name = 'tenancy'))
                """).query(String.class).single();
    }
}
