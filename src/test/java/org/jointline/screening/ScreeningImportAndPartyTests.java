package org.jointline.screening;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.JointlineTest;
import java.util.Set;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationDetails;
import org.jointline.partners.OrganisationKind;
import org.jointline.partners.OrganisationManagement;
import org.jointline.partners.PeopleManagement;
import org.jointline.partners.Person;
import org.jointline.partners.PersonDetails;
import org.jointline.partners.OrganisationId;
import org.jointline.platform.Role;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Both list formats import, re-imports change nothing, bad files change nothing, parties are held and decided. */
@JointlineTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScreeningImportAndPartyTests {

    @Autowired ScreeningLists lists;
    @Autowired ScreeningManagement screening;
    @Autowired PartyScreening partyScreening;
    @Autowired OrganisationManagement organisations;
    @Autowired PeopleManagement people;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    private Actor officer() {
        return accounts.byUsername("compliance.ro").orElseThrow().actor();
    }

    private Map<String, Integer> entryKinds(String list) {
        Map<String, Integer> kinds = new java.util.TreeMap<>();
        jdbc.sql("SELECT kind, count(*) FROM screening.entry WHERE list = ? AND removed_at IS NULL GROUP BY kind").param(list)
                .query((rs, n) -> kinds.put(rs.getString(1), rs.getInt(2))).list();
        return kinds;
    }

    @Test
    @Order(1)
    void theUnListYields730IndividualsAnd273EntitiesAndTheSameFileTwiceChangesNothing() {
        ListFile un = SanctionsData.file("un-consolidated.xml");
        ListImport first = lists.importFiles(officer(), List.of(un));
        assertThat(first.list()).isEqualTo("UN");
        assertThat(entryKinds("UN")).containsEntry("PERSON", 730).containsEntry("ORGANISATION", 273);
        ListImport again = lists.importFiles(officer(), List.of(un));
        assertThat(again.changedNothing()).isTrue();
        assertThat(again.entries()).isEqualTo(1003);
    }

    @Test
    @Order(2)
    void ofacLegacyCsvImportsWithAliasesAndAddressesWhateverTheFileNames() {
        ListImport ofac = lists.importFiles(officer(), List.of(
                rename(SanctionsData.file("ofac-add.csv"), "1.csv"), rename(SanctionsData.file("ofac-sdn.csv"), "2.csv"),
                rename(SanctionsData.file("ofac-alt.csv"), "3.csv")));
        assertThat(ofac.list()).isEqualTo("OFAC-SDN");
        assertThat(ofac.entries()).isGreaterThan(8900);
        String detail = jdbc.sql("SELECT detail::text FROM screening.entry WHERE list = 'OFAC-SDN' AND reference = '306'")
                .query(String.class).single();
        assertThat(detail).contains("NATIONAL BANK OF CUBA", "Zurich CH-8022");
        assertThat(lists.importFiles(officer(), List.of(SanctionsData.file("ofac-sdn.csv"), SanctionsData.file("ofac-alt.csv"),
                SanctionsData.file("ofac-add.csv"))).changedNothing()).isTrue();
    }

    @Test
    @Order(3)
    void aTruncatedOrForeignFileIsRefusedAndTheListStaysAsItWas() {
        ListFile un = SanctionsData.file("un-consolidated.xml");
        Map<String, Integer> before = entryKinds("UN");
        byte[] cut = Arrays.copyOf(un.content(), un.content().length / 2);
        assertThatThrownBy(() -> lists.importFiles(officer(), List.of(new ListFile("un.xml", cut))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("screening.import.broken-xml");
        ListFile sdn = SanctionsData.file("ofac-sdn.csv");
        byte[] cutCsv = Arrays.copyOf(sdn.content(), sdn.content().length / 3 + 17);
        assertThatThrownBy(() -> lists.importFiles(officer(), List.of(new ListFile("sdn.csv", cutCsv))))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> lists.importFiles(officer(), List.of(new ListFile("bom.csv",
                "Designator,Qty,Value\nR1,1,10k\n".getBytes(StandardCharsets.UTF_8)))))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("screening.import.unknown-format");
        assertThat(entryKinds("UN")).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aListedSupplierIsHeldAndADismissalNeedsAReason() throws Exception {
        Actor admin = accounts.byUsername("admin").orElseThrow().actor();
        Organisation listed = organisations.register(admin, new OrganisationDetails("Butembo Airlines", OrganisationKind.SUPPLIER,
                "CD", "Butembo", null, null));
        await().atMost(Duration.ofSeconds(20)).until(() -> partyScreening.state(listed.id()).state() == ScreeningState.HELD);
        PartyState held = partyScreening.state(listed.id());
        ScreeningHit hit = held.hits().get(0);
        assertThat(hit.entryName()).containsIgnoringCase("BUTEMBO AIRLINES");
        assertThat(hit.explanation()).contains("butembo");

        // not in a programme yet, the new supplier is the administrators' to decide (officers see programme partners)
        mvc.perform(post("/api/v1/screening/hits/{id}/dismissal", hit.id()).with(as(accounts, "compliance.ro")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Not them\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/screening/hits/{id}/dismissal", hit.id()).with(as(accounts, "admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().is4xxClientError());
        assertThat(partyScreening.state(listed.id()).state()).isEqualTo(ScreeningState.HELD);
        PartyState dismissed = null;
        for (ScreeningHit open : held.hits()) {
            assertThat(dismissed == null ? ScreeningState.HELD : dismissed.state()).isEqualTo(ScreeningState.HELD);
            dismissed = screening.dismiss(admin, open.id(), new HitDecision("Different company: a bakery in Cluj"));
        }
        assertThat(dismissed.state()).isEqualTo(ScreeningState.CLEAR);
        assertThat(dismissed.hits()).extracting(ScreeningHit::status).contains(HitStatus.DISMISSED);

        // the UN publishes a new version in which that entry changed: only it is applied, and the dismissal is revisited
        String xml = new String(SanctionsData.file("un-consolidated.xml").content(), StandardCharsets.UTF_8);
        String changedXml = xml.replace("<FIRST_NAME>BUTEMBO AIRLINES (BAL)</FIRST_NAME>",
                "<FIRST_NAME>BUTEMBO AIRLINES (BAL) LTD</FIRST_NAME>");
        assertThat(changedXml).isNotEqualTo(xml);
        ListImport update = lists.importFiles(officer(), List.of(new ListFile("un-2.xml", changedXml.getBytes(StandardCharsets.UTF_8))));
        assertThat(update.changed()).isEqualTo(1);
        assertThat(update.added() + update.removed()).isZero();
        assertThat(update.partiesRescreened()).isPositive();
        await().atMost(Duration.ofSeconds(20)).until(() -> partyScreening.state(listed.id()).state() == ScreeningState.HELD);
        ScreeningHit reopened = partyScreening.state(listed.id()).hits().stream()
                .filter(h -> h.status() == HitStatus.OPEN).findFirst().orElseThrow();
        assertThat(reopened.list()).isEqualTo("UN");
        assertThat(reopened.reason()).contains("entry changed after dismissal");
        PartyState confirmed = screening.confirm(admin, reopened.id(), new HitDecision("Same airline, same address"));
        assertThat(confirmed.state()).isEqualTo(ScreeningState.CONFIRMED);
    }

    @Test
    @Order(5)
    void theMatchingApisAnswerInTheIssuesShape() throws Exception {
        mvc.perform(post("/api/v1/screening/comparisons").with(as(accounts, "compliance.ua")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"pairs":[{"a":"Владимир Путин","b":"Vladimir Putin","kind":"person"},
                                          {"a":"Siemens AG","b":"Volkswagen AG","kind":"organisation"}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].match").value(true))
                .andExpect(jsonPath("$.results[0].explanation").isString())
                .andExpect(jsonPath("$.results[1].match").value(false));
        mvc.perform(post("/api/v1/screening/matches").with(as(accounts, "compliance.ua")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"queries":[{"name":"Butembo Airlines","kind":"organisation","country":"CD"}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[0].matches[0].score").value(org.hamcrest.Matchers.greaterThan(0.9)))
                .andExpect(jsonPath("$.results[0].matches[0].name").value(org.hamcrest.Matchers.containsStringIgnoringCase("butembo")));
        mvc.perform(post("/api/v1/screening/matches").with(as(accounts, "engineer.ua")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"queries\":[{\"name\":\"x\",\"kind\":\"person\"}]}"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/screening/lists/imports").file(new MockMultipartFile("file", "x.txt", "text/plain",
                        "hello".getBytes(StandardCharsets.UTF_8))).with(as(accounts, "compliance.ro")).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    private static ListFile rename(ListFile file, String name) {
        return new ListFile(name, file.content());
    }

    @SuppressWarnings("unused")
    private static UUID id(PartyState s) {
        return s.partyId();
    }

    @Test
    @Order(6)
    void aPersonRenamedToAListedNameIsHeld() {
        Actor admin = accounts.byUsername("admin").orElseThrow().actor();
        Person person = people.register(admin, new PersonDetails(new OrganisationId(admin.organisationId()),
                "rename.test", "Ioana Marinescu", null, Set.of(Role.ENGINEER), true, null, 0));
        await().atMost(Duration.ofSeconds(20)).until(() -> partyScreening.state(person.id()).state() == ScreeningState.CLEAR);
        people.update(admin, person.id(), new PersonDetails(person.organisationId(), "rename.test", "Eric Badege", null,
                Set.of(Role.ENGINEER), true, null, person.version()));
        await().atMost(Duration.ofSeconds(20)).until(() -> partyScreening.state(person.id()).state() == ScreeningState.HELD);
        assertThat(partyScreening.state(person.id()).hits()).extracting(ScreeningHit::entryName)
                .anySatisfy(name -> assertThat(name).containsIgnoringCase("BADEGE"));
    }

}
