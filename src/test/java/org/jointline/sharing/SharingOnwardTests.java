package org.jointline.sharing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemId;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.InvalidInput;
import org.jointline.platform.NotFound;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.jointline.TestActors.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Share-onward: the Ukrainian partner, under an agreement of the Romanian owner that permits it, grants the
 * Romanian ministry part of it; anything broader is refused with the field named, and revoking the original
 * ends the onward agreement.
 */
@JointlineTest
class SharingOnwardTests {

    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired SharingAgreements agreements;
    @Autowired AccessLedger ledger;
    @Autowired ProgrammeManagement programmes;
    @Autowired JsonMapper json;
    @Autowired MockMvc mvc;

    Actor engineer;
    Actor owner;
    Actor recipient;
    Actor third;
    String tag;
    LocalDate until;
    Item first;
    Item second;
    Item unshared;
    Agreement original;

    @BeforeEach
    void original() {
        engineer = actor("engineer.ro");
        owner = actor("steward.ro");
        recipient = actor("steward.ua");
        third = actor("acceptance.ro");
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        until = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        first = item("ON1");
        second = item("ON2");
        unshared = item("ON3");
        ProgrammeId programme = programmes.list(owner, new PageQuery(0, 10, "RO-UA")).items().getFirst().id();
        original = agreements.grant(owner, new AgreementDraft(programme, "Onward " + tag, new OrganisationId(recipient.organisationId()),
                new Selection(List.of(first.id(), second.id()), List.of(), List.of()), json.readTree("""
                        {"permission":[{"action":["view","share-onward"],"constraint":[{"leftOperand":"dateTime","operator":"lteq","rightOperand":"%s"}]},
                          {"action":"download","duty":["watermark"],"constraint":[{"leftOperand":"purpose","operator":"isAnyOf","rightOperand":["production","repair"]},
                            {"leftOperand":"count","operator":"lteq","rightOperand":5}]}],
                         "prohibition":[{"action":"modify"}]}""".formatted(until))));
    }

    @Test
    void aNarrowerOnwardAgreementSharesItsPartAndEndsWithTheOriginal() {
        Agreement onward = agreements.grantOnward(recipient, original.id(), draft(List.of(first.id()), """
                {"permission":[{"action":"view","constraint":[{"leftOperand":"dateTime","operator":"lteq","rightOperand":"%s"}]},
                  {"action":"download","duty":["watermark"],"constraint":[{"leftOperand":"purpose","operator":"eq","rightOperand":"repair"},
                    {"leftOperand":"count","operator":"lteq","rightOperand":2}]}]}""".formatted(until.minusDays(1))));
        assertThat(onward.onward()).isTrue();
        assertThat(onward.parentId()).isEqualTo(original.id());
        assertThat(onward.ownerId().value()).isEqualTo(owner.organisationId());
        assertThat(onward.grantedById().value()).isEqualTo(recipient.organisationId());

        assertThat(items.get(third, first.id()).id()).isEqualTo(first.id());
        assertThatThrownBy(() -> items.get(third, second.id())).isInstanceOf(NotFound.class);
        assertThat(agreements.list(recipient, new PageQuery(0, 50, tag), null).items()).extracting(Agreement::reference)
                .contains(onward.reference(), original.reference());

        agreements.revoke(owner, original.id(), new Revocation("ended"));
        assertThatThrownBy(() -> items.get(third, first.id())).isInstanceOf(NotFound.class);
        assertThat(agreements.get(owner, onward.id()).status()).isEqualTo(AgreementStatus.REVOKED);
        assertThat(ledger.entries(owner, LedgerQuery.all(), new PageQuery(0, 50, onward.reference())).items())
                .extracting(LedgerEntry::action).contains("grant-onward", "revoke");
    }

    @Test
    void anythingBroaderIsRefusedNamingTheField() {
        assertThat(refusal(List.of(first.id()), "{\"permission\":[{\"action\":[\"view\",\"modify\"]}]}").field())
                .isEqualTo("policy.permission[0].action[1]");
        assertThat(refusal(List.of(first.id()), "{\"permission\":[{\"action\":\"view\"}]}").field())
                .as("no end date while the original has one").isEqualTo("policy.permission[0].constraint");
        assertThat(refusal(List.of(first.id()), """
                {"permission":[{"action":"view","constraint":[{"leftOperand":"dateTime","operator":"lteq","rightOperand":"%s"}]}]}"""
                .formatted(until.plusDays(1))).field()).isEqualTo("policy.permission[0].constraint[0]");
        InvalidInput purpose = refusal(List.of(first.id()), """
                {"permission":[{"action":"download","duty":["watermark"],"constraint":[{"leftOperand":"purpose","operator":"isAnyOf","rightOperand":["production","training"]},
                  {"leftOperand":"count","operator":"lteq","rightOperand":5}]}]}""");
        assertThat(purpose.field()).isEqualTo("policy.permission[0].constraint[0]");
        assertThat(purpose.arguments()).contains("purpose");
        assertThat(refusal(List.of(first.id()), """
                {"permission":[{"action":"download","constraint":[{"leftOperand":"purpose","operator":"eq","rightOperand":"repair"},
                  {"leftOperand":"count","operator":"lteq","rightOperand":5}]}]}""").field()).isEqualTo("policy.permission[0].duty");
        assertThat(refusal(List.of(first.id(), unshared.id()), """
                {"permission":[{"action":"view","constraint":[{"leftOperand":"dateTime","operator":"lteq","rightOperand":"%s"}]}]}"""
                .formatted(until)).field()).isEqualTo("selection.items[1]");
        assertThat(agreements.list(owner, new PageQuery(0, 50, "Onward part " + tag), null).items()).isEmpty();
    }

    @Test
    void theApiRefusesABroaderOnwardAgreementWith422AndTheField() throws Exception {
        mvc.perform(post("/api/v1/sharing/agreements/" + original.id() + "/onward").with(as(accounts, "steward.ua")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"title":"Onward","assigneeOrganisationId":"%s","selection":{"items":["%s"]},
                                 "policy":{"permission":[{"action":"use-for-manufacture"}]}}""".formatted(third.organisationId(), first.id())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("policy.permission[0].action"));
        mvc.perform(post("/api/v1/sharing/agreements/" + original.id() + "/onward").with(as(accounts, "engineer.ua")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
    }

    private InvalidInput refusal(List<ItemId> chosen, String policy) {
        return catchThrowableOfType(InvalidInput.class, () -> agreements.grantOnward(recipient, original.id(), draft(chosen, policy)));
    }

    private OnwardDraft draft(List<ItemId> chosen, String policy) {
        return new OnwardDraft("Onward part " + tag, new OrganisationId(third.organisationId()),
                new Selection(chosen, List.of(), List.of()), json.readTree(policy));
    }

    private Item item(String suffix) {
        return items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()), "SO-" + tag + "-" + suffix,
                "Onward test " + suffix, null, ItemKind.PART, UnitOfMeasure.EA, Tracking.NONE, null, null, List.of(), null));
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }
}
