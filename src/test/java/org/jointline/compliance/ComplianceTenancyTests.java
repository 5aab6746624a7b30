package org.jointline.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jointline.JointlineTest;
import org.jointline.RouteProbe;
import org.jointline.RouteProbe.Route;
import org.jointline.engineering.Document;
import org.jointline.engineering.DocumentDetails;
import org.jointline.engineering.DocumentId;
import org.jointline.engineering.DocumentKind;
import org.jointline.engineering.DocumentManagement;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jointline.TestActors.as;

/**
 * Every route of the compliance module, pages and API: a compliance officer of a partner organisation
 * (Dnipro) reads none of Carpathian's assessments, licences or classifications and changes nothing of them,
 * nor the rules, which are for administrators.
 */
@JointlineTest
class ComplianceTenancyTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired TransferAssessments assessments;
    @Autowired Authorisations authorisations;
    @Autowired Classifications classifications;
    @Autowired DocumentManagement documents;
    @Autowired ItemManagement items;
    @Autowired OrganisationManagement organisations;
    @Autowired FacilityManagement facilities;

    @Test
    void theRouteListCoversPagesAndApi() {
        assertThat(routes()).extracting(Route::pattern).contains("/api/v1/compliance/assessments",
                "/api/v1/compliance/assessments/{id}", "/compliance/assessments/{id}", "/compliance/items/{id}/classification",
                "/api/v1/compliance/authorisations/{id}", "/compliance/queue");
    }

    @TestFactory
    Stream<DynamicTest> anotherOrganisationsOfficerReachesNothing() {
        ComplianceFixture f = new ComplianceFixture(accounts, items, organisations, facilities, classifications, authorisations);
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        ItemId item = f.item("Secret drone SECRET-" + tag, Regime.EU_DUAL_USE, "9A012");
        Document document = documents.create(f.engineer(), item, new DocumentDetails("SECRET-" + tag + "-D", "Secret design",
                DocumentKind.DRAWING));
        classifications.classify(f.officer(), document.id(), new ClassificationDetails(Regime.EU_DUAL_USE, "9E001", "design"));
        Authorisation licence = f.licence(AuthorisationType.INDIVIDUAL, f.carpathian(), List.of(item), List.of(), List.of("UA"),
                List.of(), "100", null, LocalDate.now().minusDays(1), LocalDate.now().plusYears(1));
        Assessment held = assessments.assess(f.engineer(), new AssessmentRequest(f.brasov(), f.ukrainianMod(), null,
                TransferKind.GOODS, List.of(new AssessmentLine(f.item("Unclassified", null, null), null, BigDecimal.ONE,
                BigDecimal.ONE)), "SECRET-" + tag + "-SHP"));
        UUID entry = classifications.of(f.officer(), item).entries().getFirst().id();
        Map<Class<?>, Object> targets = new HashMap<>();
        targets.put(ItemId.class, item);
        targets.put(DocumentId.class, document.id());
        targets.put(AuthorisationId.class, licence.id());
        targets.put(AssessmentId.class, held.id());
        targets.put(UUID.class, entry);
        targets.put(Regime.class, Regime.EU_DUAL_USE);
        targets.put(String.class, "embargo");
        Map<String, Object> transfer = Map.of("origin", f.brasov(), "consignee", f.ukrainianMod(), "kind", "goods",
                "lines", List.of(Map.of("item", item, "quantity", 1, "value", 1)));
        Map<String, Object> authorisationForm = Map.of("reference", "HACK-1", "type", "INDIVIDUAL", "issuingAuthority", "X",
                "issuingCountry", "RO", "holder", f.carpathian(), "regime", "EU_DUAL_USE", "codes", "9A012",
                "destinations", "UA", "validFrom", "2026-01-01");
        Map<Class<?>, Object> samples = new HashMap<>();
        samples.put(ReviewDecision.class, new ReviewDecision("hacked"));
        samples.put(ClassificationDetails.class, new ClassificationDetails(Regime.EU_DUAL_USE, "9A012", "hacked"));
        samples.put(UsContentDetails.class, new UsContentDetails(BigDecimal.ONE, BigDecimal.TEN));
        samples.put(AuthorisationDetails.class, new AuthorisationDetails("HACK-1", AuthorisationType.INDIVIDUAL, "X", "RO",
                f.carpathian(), List.of(), List.of(item), List.of("UA"), List.of(), List.of(), null, null,
                LocalDate.now(), null, null, null, null));
        samples.put(RuleChange.class, new RuleChange(false, Outcome.HELD, "", "hacked", null));
        samples.put(EmbargoDetails.class, new EmbargoDetails("RU", "hacked", false, "hacked"));
        Set<String> secrets = Set.of("SECRET-" + tag);
        String before = snapshot();
        return Stream.concat(routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    var result = mvc.perform(RouteProbe.request(route, targets::get, type -> switch (type.getSimpleName()) {
                                case "TransferRequest" -> transfer;
                                case "AuthorisationForm" -> authorisationForm;
                                default -> samples.get(type);
                            }, json, as(accounts, "compliance.ua"))).andReturn();
                    RouteProbe.assertNothingReached(route, result, secrets, mustRefuse(route));
                })),
                Stream.of(DynamicTest.dynamicTest("nothing of the owner changed", () -> assertThat(snapshot()).isEqualTo(before))));
    }

    /** Routes naming the owner's records, claiming them, or changing the rules. */
    private static boolean mustRefuse(Route route) {
        boolean names = route.takes(ItemId.class) || route.takes(DocumentId.class) || route.takes(AuthorisationId.class)
                || route.takes(AssessmentId.class) || route.takes(UUID.class);
        boolean claims = route.pattern().endsWith("/assessments") && route.method() == HttpMethod.POST
                || route.pattern().endsWith("/authorisations") && route.method() == HttpMethod.POST;
        boolean rules = route.method() != HttpMethod.GET && (route.pattern().contains("/rules") || route.pattern().contains("/embargoes"));
        return names || claims || rules;
    }

    private List<Route> routes() {
        return RouteProbe.routes(mappings, "org.jointline.compliance");
    }

    private String snapshot() {
        return jdbc.sql("""
                SELECT concat_ws('|',
                    (SELECT string_agg(reference || quantity_used || revoked || version, ',' ORDER BY id) FROM compliance.authorisation),
                    (SELECT string_agg(id || outcome, ',' ORDER BY id) FROM compliance.assessment),
                    (SELECT string_agg(id || coalesce(withdrawn_reason, ''), ',' ORDER BY id) FROM compliance.classification),
                    (SELECT string_agg(code || enabled || outcome || parameter, ',' ORDER BY code) FROM compliance.rule),
                    (SELECT string_agg(country || active || source, ',' ORDER BY country) FROM compliance.embargo),
                    (SELECT count(*)::text FROM compliance.us_content))
                """).query(String.class).single();
    }
}
