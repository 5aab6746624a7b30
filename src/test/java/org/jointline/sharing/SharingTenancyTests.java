package org.jointline.sharing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jointline.JointlineTest;
import org.jointline.RouteProbe;
import org.jointline.RouteProbe.Route;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.sharing.web.AgreementFormSample;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;

/**
 * Every route of the sharing module, pages and API: the data steward of a partner organisation sees nothing of an
 * agreement between two others, nothing of their ledger, no inclusion proof of their entries, and changes nothing.
 * Checkpoints and public keys are for every member of the owner's programme, on purpose.
 */
@JointlineTest
class SharingTenancyTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ItemManagement items;
    @Autowired SharingAgreements agreements;
    @Autowired AccessLedger ledger;
    @Autowired ProgrammeManagement programmes;

    @Test
    void theRouteListCoversPagesAndApi() {
        assertThat(routes()).extracting(Route::pattern).contains("/api/v1/sharing/agreements/{id}", "/api/v1/ledger/verification",
                "/sharing/agreements/{id}", "/sharing/ledger", "/api/v1/ledger/checkpoints/{id}/proofs/{sequence}");
    }

    @TestFactory
    Stream<DynamicTest> aPartnerReachesNothingOfAnAgreementBetweenOthers() {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Actor engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        Actor steward = accounts.byUsername("steward.ro").orElseThrow().actor();
        Actor ministry = accounts.byUsername("acceptance.ro").orElseThrow().actor();
        Item secret = items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()), "SECRET-" + tag,
                "Classified seeker", null, ItemKind.PART, UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null));
        Agreement agreement = agreements.grant(steward, new AgreementDraft(
                programmes.list(steward, new PageQuery(0, 1, "RO-UA-JDP")).items().getFirst().id(), "SECRET-" + tag + " to the ministry",
                new OrganisationId(ministry.organisationId()), new Selection(List.of(secret.id()), List.of(), List.of()),
                json.readTree("{\"permission\":[{\"action\":\"view\"}]}")));
        items.get(ministry, secret.id());
        Checkpoint checkpoint = ledger.issue(steward, null).orElseGet(() -> ledger.checkpoints(steward, null).getFirst());

        Map<Class<?>, Object> targets = new HashMap<>();
        targets.put(AgreementId.class, agreement.id());
        targets.put(UUID.class, checkpoint.id());
        targets.put(long.class, 1L);
        targets.put(String.class, checkpoint.keyId());
        Map<Class<?>, Object> samples = new HashMap<>();
        samples.put(AgreementDraft.class, new AgreementDraft(agreement.programmeId(), "Hack", null,
                new Selection(List.of(secret.id()), List.of(), List.of()), json.readTree("{\"permission\":[{\"action\":\"view\"}]}")));
        samples.put(Revocation.class, new Revocation("hack"));
        samples.put(DecisionRequest.class, new DecisionRequest("view", secret.id(), null, null));
        samples.put(org.jointline.sharing.web.AgreementForm.class, AgreementFormSample.sharing(("SECRET-" + tag).toLowerCase()));
        String before = snapshot();
        Set<String> secrets = Set.of("SECRET-" + tag, "Classified seeker");
        return Stream.concat(routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    var result = mvc.perform(RouteProbe.request(route, targets::get, samples::get, json,
                            as(accounts, "steward.ua"))).andReturn();
                    boolean forProgrammeMembers = route.pattern().startsWith("/api/v1/ledger/keys/")
                            || (route.pattern().startsWith("/api/v1/ledger/checkpoints/{id}") && !route.pattern().contains("proofs"));
                    boolean claims = route.takes(AgreementDraft.class) || route.takes(org.jointline.sharing.web.AgreementForm.class);
                    RouteProbe.assertNothingReached(route, result, secrets,
                            (route.targetsARecord() && !forProgrammeMembers) || claims);
                })),
                Stream.of(DynamicTest.dynamicTest("nothing of the owner changed", () -> assertThat(snapshot()).isEqualTo(before))));
    }

    private List<Route> routes() {
        return RouteProbe.routes(mappings, "org.jointline.sharing");
    }

    private String snapshot() {
        return jdbc.sql("SELECT string_agg(id || status || version, ',' ORDER BY id) FROM sharing.agreement")
                .query(String.class).single();
    }
}
