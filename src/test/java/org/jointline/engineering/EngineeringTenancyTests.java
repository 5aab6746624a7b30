package org.jointline.engineering;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.jointline.JointlineTest;
import org.jointline.RouteProbe;
import org.jointline.RouteProbe.Route;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.security.Accounts;
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
 * Every route of the engineering module, pages and API, from Spring MVC's mappings: an engineer of a
 * partner organisation in the same programme reads nothing of another organisation's engineering data
 * and changes nothing (sharing agreements, which will open this up on purpose, come later).
 */
@JointlineTest
class EngineeringTenancyTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ItemManagement items;
    @Autowired BomManagement boms;
    @Autowired BomImportManagement imports;
    @Autowired ChangeOrderManagement changeOrders;
    @Autowired DocumentManagement documents;

    @Test
    void theRouteListCoversPagesAndApi() {
        assertThat(routes()).extracting(Route::pattern)
                .contains("/api/v1/items/{id}", "/api/v1/items/{id}/bom", "/items/{id}", "/api/v1/boms/imports/{id}/commit");
    }

    @TestFactory
    Stream<DynamicTest> anotherOrganisationReachesNothing() {
        Map<Class<?>, Object> targets = targets();
        String before = snapshot();
        Actor outsider = accounts.byUsername("engineer.ua").orElseThrow().actor();
        Item own = items.create(outsider, new ItemDetails(new OrganisationId(outsider.organisationId()),
                "UA-" + UUID.randomUUID().toString().substring(0, 6), "Own part", null, ItemKind.PART, UnitOfMeasure.EA,
                Tracking.NONE, null, null, List.of(), null));
        Map<Class<?>, Object> samples = samples((OrganisationId) targets.get(OrganisationId.class), (ItemId) targets.get(ItemId.class), own.id());
        Set<String> secrets = Set.of("SECRET-" + targets.get(String.class), "Classified board");
        return Stream.concat(routes().stream().map(route -> DynamicTest.dynamicTest(route.toString(), () -> {
                    var result = mvc.perform(RouteProbe.request(route, targets::get, samples::get, json,
                            as(accounts, "engineer.ua"))).andReturn();
                    boolean claims = route.takes(ItemDetails.class) || route.takes(ImportCommit.class)
                            || route.takes(ChangeOrderItemLink.class);
                    RouteProbe.assertNothingReached(route, result, secrets, route.targetsARecord() || claims);
                })),
                Stream.of(DynamicTest.dynamicTest("nothing of the owner changed", () -> assertThat(snapshot()).isEqualTo(before))));
    }

    /** The owner's records, one of each kind a path can name. */
    private Map<Class<?>, Object> targets() {
        Actor owner = accounts.byUsername("engineer.ro").orElseThrow().actor();
        OrganisationId organisation = new OrganisationId(owner.organisationId());
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Item board = items.create(owner, new ItemDetails(organisation, "SECRET-" + tag, "Classified board", null,
                ItemKind.ASSEMBLY, UnitOfMeasure.EA, Tracking.SERIAL, null, null, List.of(), null));
        Item part = items.create(owner, new ItemDetails(organisation, "SECRET-" + tag + "-P", "Classified board part", null,
                ItemKind.PART, UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null));
        BomRevision revision = boms.startRevision(owner, board.id(), null);
        BomLine line = boms.addLine(owner, revision.id(), new BomLineDetails(part.id(), BigDecimal.ONE, null, List.of("U1"),
                null, false, List.of()));
        BomImport preview = imports.preview(owner, "secret.csv", "Designator,Qty,Value\nR1,1,10k\n".getBytes(StandardCharsets.UTF_8), Map.of());
        ChangeOrder order = changeOrders.create(owner, new ChangeOrderDetails("SECRET-" + tag + " change", "Classified board problem", "Change it"));
        Document document = documents.create(owner, board.id(), new DocumentDetails("SECRET-" + tag + "-D", "Classified board drawing", DocumentKind.DRAWING));
        documents.addVersion(owner, document.id(), "drawing.pdf", "application/pdf",
                new ByteArrayInputStream("%PDF-1.4\n%Classified board\n".getBytes(StandardCharsets.UTF_8)), null);
        Map<Class<?>, Object> targets = new HashMap<>();
        targets.put(ItemId.class, board.id());
        targets.put(BomRevisionId.class, revision.id());
        targets.put(BomLineId.class, line.id());
        targets.put(BomImportId.class, preview.id());
        targets.put(ChangeOrderId.class, order.id());
        targets.put(DocumentId.class, document.id());
        targets.put(int.class, 1);
        targets.put(Integer.class, 1);
        targets.put(OrganisationId.class, organisation);
        targets.put(String.class, tag);
        return targets;
    }

    /** Valid requests; where they name an item or owner, it is the other organisation's. */
    private static Map<Class<?>, Object> samples(OrganisationId foreignOwner, ItemId foreignItem, ItemId ownItem) {
        Map<Class<?>, Object> samples = new HashMap<>();
        samples.put(ItemDetails.class, new ItemDetails(foreignOwner, "HACK-1", "Hacked", null, ItemKind.PART, UnitOfMeasure.EA,
                Tracking.NONE, null, null, List.of(), null));
        samples.put(BomLineDetails.class, new BomLineDetails(ownItem, BigDecimal.TEN, null, List.of(), null, false, List.of()));
        samples.put(RevisionRelease.class, new RevisionRelease(null, null, null));
        samples.put(ImportCommit.class, new ImportCommit(foreignItem, null, null));
        samples.put(ChangeOrderDetails.class, new ChangeOrderDetails("Hack", "Hack", "Hack"));
        samples.put(ChangeOrderItemLink.class, new ChangeOrderItemLink(foreignItem, null));
        samples.put(ChangeOrderRejection.class, new ChangeOrderRejection("Hacked"));
        samples.put(DocumentDetails.class, new DocumentDetails("HACK-D", "Hacked", DocumentKind.OTHER));
        return samples;
    }

    private List<Route> routes() {
        return RouteProbe.routes(mappings, "org.jointline.engineering");
    }

    /** Everything the owner organisation has in engineering. */
    private String snapshot() {
        return jdbc.sql("""
                WITH owner AS (SELECT organisation_id FROM partners.person WHERE username = 'engineer.ro')
                SELECT concat_ws('|',
                    (SELECT string_agg(number || name || status || version, ',' ORDER BY id) FROM engineering.item
                        WHERE owner_organisation_id IN (SELECT * FROM owner)),
                    (SELECT string_agg(r.label || r.status || r.version, ',' ORDER BY r.id) FROM engineering.bom_revision r
                        JOIN engineering.item i ON i.id = r.item_id WHERE i.owner_organisation_id IN (SELECT * FROM owner)),
                    (SELECT string_agg(l.component_item_id || ':' || l.quantity, ',' ORDER BY l.id) FROM engineering.bom_line l
                        JOIN engineering.bom_revision r ON r.id = l.revision_id JOIN engineering.item i ON i.id = r.item_id
                        WHERE i.owner_organisation_id IN (SELECT * FROM owner)),
                    (SELECT string_agg(id || status, ',' ORDER BY id) FROM engineering.bom_import
                        WHERE owner_organisation_id IN (SELECT * FROM owner)),
                    (SELECT count(*)::text FROM engineering.document_version))
                """).query(String.class).single();
    }
}
