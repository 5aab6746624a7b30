package org.jointline.traceability;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.JointlineTest;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemDetails;
import org.jointline.engineering.ItemKind;
import org.jointline.engineering.ItemManagement;
import org.jointline.engineering.Tracking;
import org.jointline.engineering.UnitOfMeasure;
import org.jointline.partners.OrganisationId;
import org.jointline.partners.ProgrammeId;
import org.jointline.partners.ProgrammeManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.sharing.Agreement;
import org.jointline.sharing.AgreementDraft;
import org.jointline.sharing.Revocation;
import org.jointline.sharing.Selection;
import org.jointline.sharing.SharingAgreements;
import org.jointline.traceability.internal.ModuleEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A partner sees the events about items shared with it by a sharing agreement (engineering's KnowHowAccess
 * port): none before the agreement, those of the shared items (serials, lots, by URN and Digital Link)
 * while it is in force, none after its revocation; never those of an item it was not given.
 */
@JointlineTest
class SharedItemEventsTests {

    @Autowired Accounts accounts;
    @Autowired ItemManagement items;
    @Autowired SharingAgreements agreements;
    @Autowired ProgrammeManagement programmes;
    @Autowired ModuleEvents moduleEvents;
    @Autowired EpcisQueries queries;
    @Autowired TransactionTemplate transactions;
    @Autowired JsonMapper json;

    Actor engineer;
    Actor steward;
    Actor partner;
    String tag;

    @BeforeEach
    void actors() {
        engineer = actor("engineer.ro");
        steward = actor("steward.ro");
        partner = actor("operator.ua");
        tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void aPartnerSeesTheEventsOfSharedItemsOnlyWhileTheAgreementIsInForce() {
        Item motor = item("MOT", null);
        Item camera = item("CAM", Identifiers.withCheckDigit(String.valueOf(200_000_000_000L + (long) (Math.random() * 99_999_999_999L))));
        Item secret = item("SEC", null);
        String motorSerial = Identifiers.serial(null, motor.id().value(), "M-" + tag);
        String cameraSerial = Identifiers.serial(camera.gtin(), camera.id().value(), "C-" + tag);
        String cameraLot = Identifiers.lot(camera.gtin(), camera.id().value(), "L-" + tag);
        String secretSerial = Identifiers.serial(null, secret.id().value(), "S-" + tag);
        capture(motorSerial, cameraSerial, cameraLot, secretSerial);
        List<String> all = List.of(motorSerial, cameraSerial, cameraLot, secretSerial);

        assertThat(visible(engineer, all)).hasSize(4);
        assertThat(visible(partner, all)).isEmpty();

        Agreement agreement = agreements.grant(steward, new AgreementDraft(programme(), "Traceability " + tag,
                new OrganisationId(partner.organisationId()), new Selection(List.of(motor.id(), camera.id()), List.of(), List.of()),
                json.readTree("{\"permission\":[{\"action\":[\"view\"]}]}")));
        assertThat(visible(partner, all)).containsExactlyInAnyOrder(motorSerial, cameraSerial, cameraLot);
        assertThat(visible(partner, List.of(secretSerial))).isEmpty();

        agreements.revoke(steward, agreement.id(), new Revocation("Phase ended"));
        assertThat(visible(partner, all)).isEmpty();
        assertThat(visible(engineer, all)).hasSize(4);
    }

    /** The first identifier of each event the actor's queries (instances, then classes) return. */
    private List<String> visible(Actor actor, List<String> epcs) {
        List<String> found = new java.util.ArrayList<>();
        for (String parameter : List.of("MATCH_anyEPC", "MATCH_anyEPCClass")) {
            found.addAll(visible(actor, parameter, epcs));
        }
        return found;
    }

    private List<String> visible(Actor actor, String parameter, List<String> epcs) {
        JsonNode events = queries.events(actor, Map.of(parameter, epcs))
                .document().at("/epcisBody/queryResults/resultsBody/eventList");
        List<String> found = new java.util.ArrayList<>();
        events.forEach(e -> found.add(e.has("epcList") && !e.get("epcList").isEmpty() ? e.get("epcList").get(0).asString()
                : e.get("quantityList").get(0).get("epcClass").asString()));
        return found;
    }

    private void capture(String motorSerial, String cameraSerial, String cameraLot, String secretSerial) {
        UUID owner = engineer.organisationId();
        transactions.executeWithoutResult(t -> moduleEvents.record(owner, event(motorSerial, null), event(cameraSerial, null),
                event(null, cameraLot), event(secretSerial, null)));
    }

    private ObjectNode event(String serial, String lot) {
        ObjectNode event = json.createObjectNode();
        event.put("type", "ObjectEvent");
        event.put("eventTime", Instant.now().toString());
        event.put("eventTimeZoneOffset", "+00:00");
        event.put("action", "OBSERVE");
        event.put("bizStep", "inspecting");
        var epcs = event.putArray("epcList");
        if (serial != null) {
            epcs.add(serial);
        } else {
            event.putArray("quantityList").addObject().put("epcClass", lot).put("quantity", 5);
        }
        return event;
    }

    private ProgrammeId programme() {
        return programmes.list(steward, new PageQuery(0, 10, "RO-UA")).items().getFirst().id();
    }

    private Item item(String suffix, String gtin) {
        return items.create(engineer, new ItemDetails(new OrganisationId(engineer.organisationId()), "TR-" + tag + "-" + suffix,
                "Traceability shared " + suffix, null, ItemKind.PART, UnitOfMeasure.EA, Tracking.NONE, gtin, null, List.of(), null));
    }

    private Actor actor(String username) {
        return accounts.byUsername(username).orElseThrow().actor();
    }
}
