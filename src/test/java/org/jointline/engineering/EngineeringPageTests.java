package org.jointline.engineering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages of the engineering module: item form, item page with its BOM tree, revisions and comparison. */
@JointlineTest
class EngineeringPageTests {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired BomManagement boms;

    private Actor engineer;
    private String prefix;

    @BeforeEach
    void engineer() {
        engineer = accounts.byUsername("engineer.ro").orElseThrow().actor();
        prefix = "P" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "-";
    }

    @Test
    void anItemIsCreatedThroughTheFormAndEmptyPartRowsAreDropped() throws Exception {
        mvc.perform(post("/items").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("ownerId", engineer.organisationId().toString()).param("number", prefix + "GIMBAL")
                        .param("name", "Camera gimbal").param("kind", "ASSEMBLY").param("unit", "EA").param("tracking", "SERIAL")
                        .param("gtin", "").param("countryOfOrigin", "RO").param("description", "")
                        .param("manufacturerParts[0].manufacturer", "").param("manufacturerParts[0].mpn", "")
                        .param("manufacturerParts[1].manufacturer", "Bosch").param("manufacturerParts[1].mpn", "BMI088")
                        .param("manufacturerParts[2].manufacturer", " ").param("manufacturerParts[2].mpn", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashKey", "flash.saved"));

        Item created = items.list(engineer, PageQuery.of(0, 5, prefix + "GIMBAL"), null).items().getFirst();
        assertThat(created.manufacturerParts()).containsExactly(new ManufacturerPart("Bosch", "BMI088"));
        assertThat(created.tracking()).isEqualTo(Tracking.SERIAL);
        assertThat(created.countryOfOrigin()).isEqualTo("RO");
        assertThat(created.description()).isNull();
        mvc.perform(get("/items").param("q", prefix).param("kind", "ASSEMBLY").with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(prefix + "GIMBAL"), containsString("Camera gimbal"),
                        containsString("Carpathian Aero Systems SRL"))));
        mvc.perform(get("/items").param("q", prefix).param("kind", "PART").with(as(accounts, "engineer.ro")))
                .andExpect(content().string(allOf(not(containsString(prefix + "GIMBAL")), containsString("No items match."))));
    }

    @Test
    void aFormWithErrorsAnswers422WithTheMessagesAtTheFields() throws Exception {
        String html = mvc.perform(post("/items").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("ownerId", engineer.organisationId().toString()).param("number", prefix + "BAD")
                        .param("name", "").param("kind", "PART").param("unit", "EA").param("tracking", "NONE")
                        .param("gtin", "12345670000").param("countryOfOrigin", "")
                        .param("manufacturerParts[0].manufacturer", "").param("manufacturerParts[0].mpn", "")
                        .param("manufacturerParts[1].manufacturer", "Bosch").param("manufacturerParts[1].mpn", "")
                        .param("manufacturerParts[2].manufacturer", "").param("manufacturerParts[2].mpn", ""))
                .andExpect(status().isUnprocessableContent())
                .andReturn().getResponse().getContentAsString();

        Document page = Jsoup.parse(html);
        assertThat(page.getElementById("name").hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("name").nextElementSibling().text()).isEqualTo("Must not be empty.");
        assertThat(page.getElementById("gtin").nextElementSibling().text()).startsWith("Must be a GTIN-8");
        // the row with a manufacturer but no MPN moved up to the first row; the empty rows are no error
        assertThat(page.getElementById("manufacturerParts[0].manufacturer").val()).isEqualTo("Bosch");
        assertThat(page.getElementById("manufacturerParts[0].mpn").hasClass("is-invalid")).isTrue();
        assertThat(page.getElementById("manufacturerParts[0].mpn").nextElementSibling().text()).isEqualTo("Must not be empty.");
        assertThat(page.select("#manufacturer-parts .is-invalid")).hasSize(1);
        assertThat(page.select("#manufacturer-parts input[name$=.mpn]")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(items.list(engineer, PageQuery.of(0, 5, prefix + "BAD"), null).items()).isEmpty();
    }

    @Test
    void aTakenNumberIsShownAtTheNumberField() throws Exception {
        item("DUP", ItemKind.PART);
        mvc.perform(post("/items").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("ownerId", engineer.organisationId().toString()).param("number", prefix + "DUP")
                        .param("name", "Again").param("kind", "PART").param("unit", "EA").param("tracking", "NONE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Is already taken.")));
    }

    @Test
    void theItemPageShowsTheTreeWhoseChildrenComeAsRows() throws Exception {
        Item drone = item("DRONE", ItemKind.END_ITEM);
        Item frame = item("FRAME", ItemKind.ASSEMBLY);
        Item screw = item("SCREW", ItemKind.PART);
        Item motor = item("MOTOR", ItemKind.PART);
        released(frame, line(screw, "4"));
        released(drone, line(frame, "2"), line(motor, "4"));

        mvc.perform(get("/items/" + drone.id()).with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(prefix + "FRAME"), containsString(prefix + "MOTOR"),
                        containsString("/bom-children?parent=" + frame.id()), not(containsString(prefix + "SCREW")),
                        containsString("/items/" + drone.id() + "/bom"))));

        String rows = mvc.perform(get("/items/" + drone.id() + "/bom-children").header("HX-Request", "true")
                        .param("parent", frame.id().toString()).param("key", "1").param("level", "1").param("qty", "2")
                        .with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(rows).doesNotContain("<html", "<nav", "<table").contains(prefix + "SCREW", "data-tree=\"1-1\"");
        assertThat(Jsoup.parseBodyFragment("<table>" + rows + "</table>").select("tr#row-1-1 td").get(3).text()).isEqualTo("8");

        mvc.perform(get("/items/" + drone.id() + "/bom").param("depth", "5").with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(prefix + "SCREW"), containsString(">8<"))));
        mvc.perform(get("/items/" + screw.id()).with(as(accounts, "engineer.ro")))
                .andExpect(content().string(allOf(containsString(prefix + "FRAME"), containsString(prefix + "DRONE"))));
    }

    @Test
    void aReleasedRevisionOffersNoAddLineFormAndRefusesALine() throws Exception {
        Item board = item("BOARD", ItemKind.ASSEMBLY);
        Item part = item("CAP", ItemKind.PART);
        BomRevision a = released(board, line(part, "2"));

        mvc.perform(get("/boms/revisions/" + a.id()).with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Released — cannot change"), containsString(prefix + "CAP"),
                        not(containsString("id=\"add-line\"")), not(containsString("/remove")))));
        mvc.perform(post("/boms/revisions/" + a.id() + "/lines").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("componentNumber", prefix + "CAP").param("quantity", "1"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("is released and can never change")));
        assertThat(boms.lines(engineer, a.id())).hasSize(1);
    }

    @Test
    void aDraftTakesALineByItemNumberAndNamesAnUnknownNumberAtTheField() throws Exception {
        Item board = item("BOARD", ItemKind.ASSEMBLY);
        Item part = item("RES", ItemKind.PART);
        BomRevision draft = boms.startRevision(engineer, board.id(), null);

        mvc.perform(post("/boms/revisions/" + draft.id() + "/lines").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("componentNumber", prefix + "NOPE").param("quantity", "1"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("No item " + prefix + "NOPE, or you cannot see it.")));
        mvc.perform(post("/boms/revisions/" + draft.id() + "/lines").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("componentNumber", prefix.toLowerCase() + "res").param("quantity", "3")
                        .param("designators", "R1, R2 R3").param("doNotPlace", "true"))
                .andExpect(redirectedUrl("/boms/revisions/" + draft.id()));
        assertThat(boms.lines(engineer, draft.id())).singleElement().satisfies(l -> {
            assertThat(l.componentId()).isEqualTo(part.id());
            assertThat(l.designators()).containsExactly("R1", "R2", "R3");
            assertThat(l.doNotPlace()).isTrue();
        });

        mvc.perform(post("/boms/revisions/" + draft.id() + "/release").with(as(accounts, "engineer.ro")).with(csrf())
                        .param("effectiveFrom", "2026-02-01").param("serialFrom", "").param("serialTo", ""))
                .andExpect(redirectedUrl("/boms/revisions/" + draft.id()));
        BomRevision released = boms.revision(engineer, draft.id());
        assertThat(released.status()).isEqualTo(RevisionStatus.RELEASED);
        assertThat(released.effectiveFrom()).isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void theComparePageListsAddedRemovedAndChangedLines() throws Exception {
        Item board = item("FC", ItemKind.ASSEMBLY);
        Item c1 = item("C1", ItemKind.PART);
        Item c2 = item("C2", ItemKind.PART);
        Item c3 = item("C3", ItemKind.PART);
        BomRevision a = released(board, line(c1, "2"), line(c2, "1"));
        BomRevision b = boms.startRevision(engineer, board.id(), null);
        List<BomLine> copied = boms.lines(engineer, b.id());
        boms.updateLine(engineer, copied.get(0).id(), line(c1, "3"));
        boms.removeLine(engineer, copied.get(1).id());
        boms.addLine(engineer, b.id(), line(c3, "1"));

        String html = mvc.perform(get("/boms/compare").param("from", a.id().toString()).param("to", b.id().toString())
                        .with(as(accounts, "engineer.ro")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(page.select("#added tbody tr").text()).contains(prefix + "C3");
        assertThat(page.select("#removed tbody tr").text()).contains(prefix + "C2");
        assertThat(page.select("#changed tbody tr").text()).contains(prefix + "C1", "2 → 3");
    }

    @Test
    void anotherOrganisationGetsNotFound() throws Exception {
        Item board = item("SECRET", ItemKind.ASSEMBLY);
        Item part = item("PART", ItemKind.PART);
        BomRevision a = released(board, line(part, "1"));

        mvc.perform(get("/items/" + board.id()).with(as(accounts, "engineer.ua")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(prefix + "SECRET"))));
        mvc.perform(get("/items/" + board.id() + "/bom-children").header("HX-Request", "true")
                        .param("parent", board.id().toString()).param("key", "1").param("level", "1").param("qty", "1")
                        .with(as(accounts, "engineer.ua")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/boms/revisions/" + a.id()).with(as(accounts, "engineer.ua"))).andExpect(status().isNotFound());
        mvc.perform(get("/items/" + board.id()).with(as(accounts, "office.ro"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"edit-item\""))));
    }

    private Item item(String number, ItemKind kind) {
        return items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()), prefix + number,
                "Test " + number, null, kind, UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null));
    }

    private BomRevision released(Item assembly, BomLineDetails... lines) {
        BomRevision draft = boms.startRevision(engineer, assembly.id(), null);
        boms.addLines(engineer, draft.id(), List.of(lines));
        return boms.release(engineer, draft.id(), new RevisionRelease(LocalDate.of(2026, 1, 1), null, null));
    }

    private static BomLineDetails line(Item component, String quantity) {
        return new BomLineDetails(component.id(), new BigDecimal(quantity), null, List.of(), null, false, List.of());
    }
}
