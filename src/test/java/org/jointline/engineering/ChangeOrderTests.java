package org.jointline.engineering;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.Forbidden;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.StateRefused;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@JointlineTest
@RecordApplicationEvents
class ChangeOrderTests {

    private static final String CARPATHIAN = "Carpathian Aero Systems SRL";
    private static final String DNIPRO = "Dnipro Unmanned Systems TOV";

    @Autowired ChangeOrderManagement changeOrders;
    @Autowired ItemManagement items;
    @Autowired BomManagement boms;
    @Autowired Accounts accounts;
    @Autowired MockMvc mvc;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    private Actor admin;
    private Actor engineerRo;
    private Actor engineerUa;
    private String prefix;

    @BeforeEach
    void actors() {
        admin = actor("admin");
        engineerRo = actor("engineer.ro");
        engineerUa = actor("engineer.ua");
        prefix = "CO" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
    }

    @Test
    void aChangeAcrossTwoOwnersIsReleasedOnlyAfterBothApproved() {
        Draft frame = draft(engineerRo, "FRAME");
        Draft esc = draft(engineerUa, "ESC");
        ChangeOrder order = crossOrder(frame, esc);
        assertThat(order.number()).matches("CO-\\d{4}-\\d{4,}");
        assertThat(order.organisationName()).isEqualTo(CARPATHIAN);

        ChangeOrder inReview = changeOrders.submit(admin, order.id());
        assertThat(inReview.status()).isEqualTo(ChangeOrderStatus.IN_REVIEW);
        assertThat(inReview.approvals()).extracting(ChangeOrderApproval::organisationName, ChangeOrderApproval::decision)
                .containsExactly(tuple(CARPATHIAN, ChangeOrderDecision.PENDING), tuple(DNIPRO, ChangeOrderDecision.PENDING));
        assertThatThrownBy(() -> changeOrders.release(admin, order.id()))
                .isInstanceOf(StateRefused.class).hasMessage("changeOrder.approvals-missing")
                .satisfies(e -> assertThat(((StateRefused) e).arguments()[1]).isEqualTo(CARPATHIAN + ", " + DNIPRO));

        assertThat(changeOrders.approve(engineerRo, order.id()).status()).isEqualTo(ChangeOrderStatus.IN_REVIEW);
        assertThatThrownBy(() -> changeOrders.release(admin, order.id()))
                .isInstanceOf(StateRefused.class).hasMessage("changeOrder.approvals-missing")
                .satisfies(e -> assertThat(((StateRefused) e).arguments()[1]).isEqualTo(DNIPRO));
        assertThatThrownBy(() -> changeOrders.approve(engineerRo, order.id()))
                .isInstanceOf(StateRefused.class).hasMessage("changeOrder.already-decided");
        assertThat(revisionStatus(frame)).isEqualTo(RevisionStatus.DRAFT);

        assertThat(changeOrders.approve(engineerUa, order.id()).status()).isEqualTo(ChangeOrderStatus.APPROVED);
        ChangeOrder released = changeOrders.release(admin, order.id());

        assertThat(released.status()).isEqualTo(ChangeOrderStatus.RELEASED);
        assertThat(released.releasedAt()).isNotNull();
        assertThat(revisionStatus(frame)).isEqualTo(RevisionStatus.RELEASED);
        assertThat(revisionStatus(esc)).isEqualTo(RevisionStatus.RELEASED);
        assertThat(jdbc.sql("SELECT released_by FROM engineering.bom_revision WHERE id = :id")
                .param("id", esc.revision().id().value()).query(UUID.class).single())
                .as("released with the authority of the owner's approving engineer").isEqualTo(engineerUa.personId());
        assertThat(events.stream(ChangeOrderReleased.class).filter(e -> e.changeOrderId().equals(order.id())))
                .singleElement().satisfies(e -> assertThat(e.revisions())
                        .containsExactlyInAnyOrder(frame.revision().id(), esc.revision().id()));

        assertThat(changeOrders.history(admin, order.id()))
                .extracting(ChangeOrderEvent::kind, ChangeOrderEvent::personName, ChangeOrderEvent::organisationName)
                .containsExactly(
                        tuple(ChangeOrderEventKind.CREATED, admin.displayName(), CARPATHIAN),
                        tuple(ChangeOrderEventKind.ITEM_LINKED, admin.displayName(), CARPATHIAN),
                        tuple(ChangeOrderEventKind.ITEM_LINKED, admin.displayName(), CARPATHIAN),
                        tuple(ChangeOrderEventKind.SUBMITTED, admin.displayName(), CARPATHIAN),
                        tuple(ChangeOrderEventKind.APPROVED, engineerRo.displayName(), CARPATHIAN),
                        tuple(ChangeOrderEventKind.APPROVED, engineerUa.displayName(), DNIPRO),
                        tuple(ChangeOrderEventKind.RELEASED, admin.displayName(), CARPATHIAN));
        assertThat(changeOrders.history(admin, order.id())).extracting(ChangeOrderEvent::sequence)
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void releaseIsAllOrNothing() {
        Draft frame = draft(engineerRo, "FRAME");
        Draft esc = draft(engineerUa, "ESC");
        ChangeOrder order = crossOrder(frame, esc);
        changeOrders.submit(admin, order.id());
        changeOrders.approve(engineerRo, order.id());
        changeOrders.approve(engineerUa, order.id());
        // In between, the second linked revision stops being a draft (released outside the change order).
        boms.release(engineerUa, esc.revision().id(), new RevisionRelease(null, null, null));
        events.clear();

        assertThatThrownBy(() -> changeOrders.release(admin, order.id()))
                .isInstanceOf(StateRefused.class).hasMessage("changeOrder.revision-no-longer-draft");

        assertThat(events.stream(BomRevisionReleased.class).map(BomRevisionReleased::revisionId))
                .as("the first revision was released inside the transaction").containsExactly(frame.revision().id());
        assertThat(revisionStatus(frame)).as("and rolled back with it").isEqualTo(RevisionStatus.DRAFT);
        assertThat(changeOrders.get(admin, order.id()).status()).isEqualTo(ChangeOrderStatus.APPROVED);
        assertThat(changeOrders.history(admin, order.id())).extracting(ChangeOrderEvent::kind)
                .doesNotContain(ChangeOrderEventKind.RELEASED);
        assertThat(events.stream(ChangeOrderReleased.class)).isEmpty();
    }

    @Test
    void aDraftChangedAfterTheReviewIsNotReleased() {
        Draft frame = draft(engineerRo, "FRAME");
        ChangeOrder order = changeOrders.create(engineerRo, details("Stiffer arms"));
        changeOrders.linkItem(engineerRo, order.id(), new ChangeOrderItemLink(frame.item().id(), frame.revision().id()));
        changeOrders.submit(engineerRo, order.id());
        changeOrders.approve(engineerRo, order.id());
        BomLine line = boms.lines(engineerRo, frame.revision().id()).getFirst();
        boms.updateLine(engineerRo, line.id(), new BomLineDetails(line.componentId(), new BigDecimal("7"), null, List.of(),
                null, false, List.of()));

        assertThatThrownBy(() -> changeOrders.release(engineerRo, order.id()))
                .isInstanceOf(StateRefused.class).hasMessage("changeOrder.revision-changed");
        assertThat(revisionStatus(frame)).isEqualTo(RevisionStatus.DRAFT);
    }

    @Test
    void aRejectionWithItsReasonEndsTheOrder() throws Exception {
        Draft frame = draft(engineerRo, "FRAME");
        Draft esc = draft(engineerUa, "ESC");
        ChangeOrder order = crossOrder(frame, esc);
        changeOrders.submit(admin, order.id());
        changeOrders.approve(engineerRo, order.id());

        assertThatThrownBy(() -> changeOrders.reject(engineerUa, order.id(), new ChangeOrderRejection("  ")))
                .isInstanceOf(InvalidInput.class).satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("reason"));
        mvc.perform(post("/api/v1/change-orders/{id}/reject", order.id()).with(as(accounts, "engineer.ua")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/change-orders/{id}/reject", order.id()).with(as(accounts, "engineer.ua"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("reason"));

        mvc.perform(post("/api/v1/change-orders/{id}/reject", order.id()).with(as(accounts, "engineer.ua"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"The ESC cannot take the higher current.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.rejectionReason").value("The ESC cannot take the higher current."));

        ChangeOrder rejected = changeOrders.get(admin, order.id());
        assertThat(rejected.approvals()).extracting(ChangeOrderApproval::organisationName, ChangeOrderApproval::decision)
                .containsExactly(tuple(CARPATHIAN, ChangeOrderDecision.APPROVED), tuple(DNIPRO, ChangeOrderDecision.REJECTED));
        assertThatThrownBy(() -> changeOrders.release(admin, order.id())).isInstanceOf(StateRefused.class)
                .hasMessage("changeOrder.transition-refused");
        assertThatThrownBy(() -> changeOrders.approve(engineerUa, order.id())).isInstanceOf(StateRefused.class);
        assertThat(revisionStatus(frame)).isEqualTo(RevisionStatus.DRAFT);
        assertThat(revisionStatus(esc)).isEqualTo(RevisionStatus.DRAFT);
        assertThat(changeOrders.history(admin, order.id()).getLast()).satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ChangeOrderEventKind.REJECTED);
            assertThat(e.organisationName()).isEqualTo(DNIPRO);
            assertThat(e.reason()).isEqualTo("The ESC cannot take the higher current.");
        });
        // A revision of a rejected order is free again for a new one.
        ChangeOrder again = changeOrders.create(engineerRo, details("Second try"));
        changeOrders.linkItem(engineerRo, again.id(), new ChangeOrderItemLink(frame.item().id(), frame.revision().id()));
    }

    @Test
    void anEngineerOfAnOrganisationThatOwnsNothingInItCannotDecide() throws Exception {
        Draft esc = draft(engineerUa, "ESC");
        ChangeOrder order = changeOrders.create(admin, details("Only Dnipro's part"));
        changeOrders.linkItem(admin, order.id(), new ChangeOrderItemLink(esc.item().id(), esc.revision().id()));
        changeOrders.submit(admin, order.id());

        // engineer.ro's organisation raised the order, so it sees it, but owns nothing in it.
        assertThat(changeOrders.get(engineerRo, order.id()).approvals()).extracting(ChangeOrderApproval::organisationName)
                .containsExactly(DNIPRO);
        assertThatThrownBy(() -> changeOrders.approve(engineerRo, order.id())).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> changeOrders.reject(engineerRo, order.id(), new ChangeOrderRejection("no")))
                .isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> changeOrders.approve(admin, order.id()))
                .as("an administrator is no design authority").isInstanceOf(Forbidden.class);
        mvc.perform(post("/api/v1/change-orders/{id}/approve", order.id()).with(as(accounts, "engineer.ro")))
                .andExpect(status().isForbidden());
        assertThat(changeOrders.actions(engineerRo, changeOrders.get(engineerRo, order.id())).decide()).isFalse();
        assertThat(changeOrders.actions(engineerUa, changeOrders.get(engineerUa, order.id())).decide()).isTrue();
    }

    @Test
    void illegalStepsAreRefused() throws Exception {
        Draft frame = draft(engineerRo, "FRAME");
        ChangeOrder order = changeOrders.create(engineerRo, details("Lighter frame"));

        assertThatThrownBy(() -> changeOrders.submit(engineerRo, order.id()))
                .isInstanceOf(StateRefused.class).hasMessage("changeOrder.no-items");
        changeOrders.linkItem(engineerRo, order.id(), new ChangeOrderItemLink(frame.item().id(), frame.revision().id()));
        assertThatThrownBy(() -> changeOrders.linkItem(engineerRo, order.id(),
                new ChangeOrderItemLink(frame.item().id(), frame.revision().id())))
                .isInstanceOf(InvalidInput.class).hasMessage("changeOrder.item-already-linked");
        assertThatThrownBy(() -> changeOrders.approve(engineerRo, order.id()))
                .isInstanceOf(StateRefused.class).hasMessage("changeOrder.transition-refused");
        mvc.perform(post("/api/v1/change-orders/{id}/release", order.id()).with(as(accounts, "engineer.ro")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        changeOrders.submit(engineerRo, order.id());
        assertThatThrownBy(() -> changeOrders.submit(engineerRo, order.id()))
                .isInstanceOf(StateRefused.class).hasMessage("changeOrder.transition-refused");
        Draft other = draft(engineerRo, "OTHER");
        assertThatThrownBy(() -> changeOrders.linkItem(engineerRo, order.id(),
                new ChangeOrderItemLink(other.item().id(), other.revision().id())))
                .isInstanceOf(StateRefused.class).hasMessage("changeOrder.not-draft");
        mvc.perform(post("/api/v1/change-orders/{id}/submit", order.id()).with(as(accounts, "engineer.ro")))
                .andExpect(status().isConflict());
        assertThat(changeOrders.get(engineerRo, order.id()).status()).isEqualTo(ChangeOrderStatus.IN_REVIEW);
    }

    @Test
    void linkingChecksThatTheRevisionIsADraftOfThatItem() {
        Draft frame = draft(engineerRo, "FRAME");
        Draft arm = draft(engineerRo, "ARM");
        boms.release(engineerRo, arm.revision().id(), new RevisionRelease(null, null, null));
        ChangeOrder order = changeOrders.create(engineerRo, details("Check links"));

        assertThatThrownBy(() -> changeOrders.linkItem(engineerRo, order.id(),
                new ChangeOrderItemLink(frame.item().id(), arm.revision().id())))
                .isInstanceOf(InvalidInput.class).hasMessage("changeOrder.revision-of-other-item");
        assertThatThrownBy(() -> changeOrders.linkItem(engineerRo, order.id(),
                new ChangeOrderItemLink(arm.item().id(), arm.revision().id())))
                .isInstanceOf(InvalidInput.class).hasMessage("changeOrder.revision-not-draft")
                .satisfies(e -> assertThat(((InvalidInput) e).field()).isEqualTo("revisionId"));
        Draft esc = draft(engineerUa, "ESC");
        assertThatThrownBy(() -> changeOrders.linkItem(engineerRo, order.id(),
                new ChangeOrderItemLink(esc.item().id(), esc.revision().id())))
                .as("an item engineer.ro cannot see").isInstanceOf(InvalidInput.class).hasMessage("changeOrder.unknown-item");

        changeOrders.linkItem(engineerRo, order.id(), new ChangeOrderItemLink(frame.item().id(), frame.revision().id()));
        ChangeOrder second = changeOrders.create(engineerRo, details("Same draft"));
        assertThatThrownBy(() -> changeOrders.linkItem(engineerRo, second.id(),
                new ChangeOrderItemLink(frame.item().id(), frame.revision().id())))
                .isInstanceOf(InvalidInput.class).hasMessage("changeOrder.revision-in-other-order");
    }

    @Test
    void anOrganisationNotInvolvedSeesNothing() throws Exception {
        Draft frame = draft(engineerRo, "FRAME");
        ChangeOrder order = changeOrders.create(engineerRo, details(prefix + "Secret change"));
        changeOrders.linkItem(engineerRo, order.id(), new ChangeOrderItemLink(frame.item().id(), frame.revision().id()));

        assertThatThrownBy(() -> changeOrders.get(engineerUa, order.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> changeOrders.history(engineerUa, order.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> changeOrders.approve(engineerUa, order.id())).isInstanceOf(NotFound.class);
        assertThat(changeOrders.list(engineerUa, PageQuery.of(0, 50, prefix), null).items()).isEmpty();
        mvc.perform(get("/api/v1/change-orders/{id}", order.id()).with(as(accounts, "engineer.ua")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/change-orders/{id}/history", order.id()).with(as(accounts, "engineer.ua")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/change-orders/{id}/submit", order.id()).with(as(accounts, "engineer.ua")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/change-orders/{id}", order.id()).with(as(accounts, "engineer.ua")))
                .andExpect(status().isNotFound());

        assertThat(changeOrders.list(actor("office.ro"), PageQuery.of(0, 50, prefix), null).items())
                .extracting(ChangeOrder::id).containsExactly(order.id());
        assertThat(changeOrders.list(engineerRo, PageQuery.of(0, 50, prefix), null).items())
                .extracting(ChangeOrder::id).containsExactly(order.id());
    }

    @Test
    void anOwnerSeesTheOrderButNotTheOtherOwnersItems() {
        Draft frame = draft(engineerRo, "FRAME");
        Draft esc = draft(engineerUa, "ESC");
        ChangeOrder order = crossOrder(frame, esc);

        ChangeOrder seen = changeOrders.get(engineerUa, order.id());
        assertThat(seen.items()).extracting(ChangeOrderItem::hidden, ChangeOrderItem::itemNumber, ChangeOrderItem::ownerName)
                .containsExactlyInAnyOrder(tuple(true, null, CARPATHIAN), tuple(false, prefix + "ESC", DNIPRO));
        assertThat(changeOrders.history(engineerUa, order.id())).filteredOn(ChangeOrderEvent::itemHidden)
                .singleElement().satisfies(e -> assertThat(e.itemNumber()).isNull());
    }

    @Test
    void numbersCountPerOrganisation() {
        ChangeOrder first = changeOrders.create(engineerRo, details("One"));
        ChangeOrder second = changeOrders.create(engineerRo, details("Two"));
        ChangeOrder theirs = changeOrders.create(engineerUa, details("Three"));

        assertThat(sequence(second)).isEqualTo(sequence(first) + 1);
        assertThat(second.number()).startsWith(first.number().substring(0, 8));
        assertThat(theirs.organisationId()).isEqualTo(new OrganisationId(engineerUa.organisationId()));
        assertThat(theirs.number()).matches("CO-\\d{4}-\\d{4,}");
        assertThatThrownBy(() -> changeOrders.create(actor("office.ro"), details("Not an engineer")))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void theApiCarriesAChangeThroughToRelease() throws Exception {
        Draft frame = draft(engineerRo, "FRAME");
        Draft esc = draft(engineerUa, "ESC");
        JsonNode created = body(mvc.perform(post("/api/v1/change-orders").with(as(accounts, "admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"%sMotor mount\",\"problem\":\"Vibration\",\"proposedChange\":\"Add dampers\"}"
                                .formatted(prefix)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT")));
        String id = created.get("id").asString();
        mvc.perform(post("/api/v1/change-orders").with(as(accounts, "admin")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"problem\":\"p\",\"proposedChange\":\"c\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].field").value("title"));

        for (Draft d : List.of(frame, esc)) {
            mvc.perform(post("/api/v1/change-orders/{id}/items", id).with(as(accounts, "admin"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"itemId\":\"%s\",\"revisionId\":\"%s\"}".formatted(d.item().id(), d.revision().id())))
                    .andExpect(status().isOk());
        }
        mvc.perform(post("/api/v1/change-orders/{id}/submit", id).with(as(accounts, "admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.approvals.length()").value(2));
        mvc.perform(post("/api/v1/change-orders/{id}/release", id).with(as(accounts, "admin")))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString(DNIPRO)));
        mvc.perform(post("/api/v1/change-orders/{id}/approve", id).with(as(accounts, "engineer.ro"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/change-orders/{id}/approve", id).with(as(accounts, "engineer.ua")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(post("/api/v1/change-orders/{id}/release", id).with(as(accounts, "admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RELEASED"))
                .andExpect(jsonPath("$.items[0].revisionStatus").value("RELEASED"));

        mvc.perform(get("/api/v1/change-orders/{id}/history", id).with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("CREATED", "ITEM_LINKED",
                        "ITEM_LINKED", "SUBMITTED", "APPROVED", "APPROVED", "RELEASED")));
        mvc.perform(get("/api/v1/change-orders").param("q", prefix).with(as(accounts, "engineer.ua")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }

    @Test
    void thePagesShowTheOrderAndOnlyTheAllowedActions() throws Exception {
        Draft frame = draft(engineerRo, "FRAME");
        Draft esc = draft(engineerUa, "ESC");
        ChangeOrder order = crossOrder(frame, esc);

        mvc.perform(get("/change-orders").param("q", order.number()).with(as(accounts, "admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(order.number())));
        mvc.perform(get("/change-orders/{id}", order.id()).with(as(accounts, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(prefix + "FRAME")))
                .andExpect(content().string(containsString("id=\"submit-order\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"approve-order\""))));
        mvc.perform(get("/change-orders/new").with(as(accounts, "engineer.ro"))).andExpect(status().isOk());

        mvc.perform(post("/change-orders/{id}/submit", order.id()).with(as(accounts, "admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/change-orders/{id}", order.id()).with(as(accounts, "engineer.ua")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"approve-order\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"release-order\""))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(prefix + "FRAME"))));
        mvc.perform(post("/change-orders/{id}/reject", order.id()).param("reason", " ")
                        .with(as(accounts, "engineer.ua")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/change-orders").param("title", "").param("problem", "p").param("proposedChange", "c")
                        .with(as(accounts, "engineer.ro")).with(csrf()))
                .andExpect(status().isUnprocessableContent());
    }

    private ChangeOrder crossOrder(Draft carpathian, Draft dnipro) {
        ChangeOrder order = changeOrders.create(admin, details(prefix + "Stronger motor"));
        changeOrders.linkItem(admin, order.id(), new ChangeOrderItemLink(carpathian.item().id(), carpathian.revision().id()));
        return changeOrders.linkItem(admin, order.id(), new ChangeOrderItemLink(dnipro.item().id(), dnipro.revision().id()));
    }

    /** An assembly of the owner with one part, and a draft revision of its BOM. */
    private Draft draft(Actor owner, String number) {
        Item assembly = items.create(owner, item(owner, number, ItemKind.ASSEMBLY));
        Item part = items.create(owner, item(owner, number + "-P", ItemKind.PART));
        BomRevision revision = boms.startRevision(owner, assembly.id(), null);
        boms.addLine(owner, revision.id(), new BomLineDetails(part.id(), BigDecimal.ONE, null, List.of(), null, false, List.of()));
        return new Draft(assembly, revision);
    }

    private ItemDetails item(Actor owner, String number, ItemKind kind) {
        return new ItemDetails(new OrganisationId(owner.organisationId()), prefix + number, "Test " + number, null, kind,
                UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null);
    }

    private static ChangeOrderDetails details(String title) {
        return new ChangeOrderDetails(title, "The problem", "The proposed change");
    }

    private RevisionStatus revisionStatus(Draft draft) {
        return boms.revision(admin, draft.revision().id()).status();
    }

    private static int sequence(ChangeOrder order) {
        return Integer.parseInt(order.number().substring(order.number().lastIndexOf('-') + 1));
    }

    private JsonNode body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }

    private record Draft(Item item, BomRevision revision) {
    }
}
