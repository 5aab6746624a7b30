package org.jointline.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jointline.engineering.Item;
import org.jointline.engineering.ItemManagement;
import org.jointline.partners.Facility;
import org.jointline.partners.FacilityManagement;
import org.jointline.partners.Organisation;
import org.jointline.partners.OrganisationManagement;
import org.jointline.platform.Actor;
import org.jointline.platform.Installation;
import org.jointline.platform.PageQuery;
import org.jointline.platform.security.Accounts;
import org.jointline.traceability.EpcisCapture;
import org.jointline.traceability.Identifiers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The FPV-7 pilot batch of 2025 as another system would report it through the EPCIS capture interface:
 * a frame lot received from Valtellina, two drones built from it in Brașov, tested, accepted by the
 * Romanian MoD and shipped to it. Recall of lot CAS-3001 / FR-2025-PILOT then shows where they went, and
 * acceptance.ro sees their history. (Demo production's own events arrive through the module listeners.)
 */
@Component
class DemoTraceability {

    static final String FACT = "demo-traceability";
    private static final Logger LOG = LoggerFactory.getLogger(DemoTraceability.class);

    private final Installation installation;
    private final Accounts accounts;
    private final ItemManagement items;
    private final FacilityManagement facilities;
    private final OrganisationManagement organisations;
    private final EpcisCapture capture;
    private final JsonMapper json;
    private final boolean enabled;

    DemoTraceability(Installation installation, Accounts accounts, ItemManagement items, FacilityManagement facilities,
                     OrganisationManagement organisations, EpcisCapture capture, JsonMapper json,
                     @Value("${jointline.demo:false}") boolean enabled) {
        this.installation = installation;
        this.accounts = accounts;
        this.items = items;
        this.facilities = facilities;
        this.organisations = organisations;
        this.capture = capture;
        this.json = json;
        this.enabled = enabled;
    }

    /** After every runner, so the demo programme and its items exist. */
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        if (!enabled || installation.fact(DemoProgramme.FACT).isEmpty() || installation.fact(FACT).isPresent()) {
            return;
        }
        Actor office = accounts.byUsername("office.ro").orElseThrow().actor();
        Item drone = items.byNumber(office, "CAS-FPV7", null).orElseThrow();
        Item frame = items.byNumber(office, "CAS-3001", null).orElseThrow();
        Facility brasov = facilities.list(office, new PageQuery(0, 50, null), null).items().stream()
                .filter(f -> f.code().equals("BRV-1")).findFirst().orElseThrow();
        String plant = Identifiers.facility(brasov.id().value());
        String carpathian = Identifiers.organisation(office.organisationId());
        String valtellina = organisation(office, "Valtellina Motori SpA");
        String mapn = organisation(office, "Ministerul Apărării Naționale");
        String lot = Identifiers.lot(frame.gtin(), frame.id().value(), "FR-2025-PILOT");

        ArrayNode events = json.createArrayNode();
        ObjectNode receipt = event(events, "ObjectEvent", "2025-10-06T08:10:00.000+03:00", "OBSERVE", "receiving", "available", plant);
        receipt.putArray("epcList");
        receipt.putArray("quantityList").addObject().put("epcClass", lot).put("quantity", 2);
        receipt.putArray("sourceList").addObject().put("type", "owning_party").put("source", valtellina);
        receipt.putArray("bizTransactionList").addObject().put("type", "recadv")
                .put("bizTransaction", Identifiers.reference("GRN-2025-0007"));
        List<String> units = new ArrayList<>();
        for (int n = 1; n <= 2; n++) {
            String unit = Identifiers.serial(drone.gtin(), drone.id().value(), "FPV7-RO-250000" + n);
            units.add(unit);
            String day = "2025-10-0" + (6 + n);
            event(events, "ObjectEvent", day + "T09:00:00.000+03:00", "ADD", "commissioning", "active", plant)
                    .putArray("epcList").add(unit);
            ObjectNode built = event(events, "TransformationEvent", day + "T10:30:00.000+03:00", null, "assembling", "in_progress", plant);
            built.putArray("inputQuantityList").addObject().put("epcClass", lot).put("quantity", 1);
            built.putArray("outputEPCList").add(unit);
            event(events, "ObjectEvent", day + "T14:00:00.000+03:00", "OBSERVE", "inspecting", "conformant", plant)
                    .putArray("epcList").add(unit);
        }
        ObjectNode accepted = event(events, "ObjectEvent", "2025-10-10T11:00:00.000+03:00", "OBSERVE", "accepting", "conformant", plant);
        units.forEach(accepted.putArray("epcList")::add);
        accepted.putArray("destinationList").addObject().put("type", "owning_party").put("destination", mapn);
        ObjectNode shipped = event(events, "ObjectEvent", "2025-10-13T07:30:00.000+03:00", "OBSERVE", "shipping", "in_transit", plant);
        units.forEach(shipped.putArray("epcList")::add);
        shipped.putArray("sourceList").addObject().put("type", "owning_party").put("source", carpathian);
        shipped.putArray("destinationList").addObject().put("type", "owning_party").put("destination", mapn);

        ObjectNode document = json.createObjectNode();
        document.putArray("@context").add("https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld");
        document.put("type", "EPCISDocument").put("schemaVersion", "2.0").put("creationDate", "2025-10-13T08:00:00Z");
        document.putObject("epcisBody").set("eventList", events);
        capture.capture(office, document, EpcisCapture.ROLLBACK);
        installation.record(FACT, LocalDate.now().toString());
        LOG.info("Loaded demo traceability: the 2025 FPV-7 pilot batch, recall it by lot CAS-3001 / FR-2025-PILOT.");
    }

    private ObjectNode event(ArrayNode events, String type, String time, String action, String step, String disposition,
                             String plant) {
        ObjectNode event = events.addObject();
        event.put("type", type).put("eventTime", time).put("eventTimeZoneOffset", "+03:00");
        if (action != null) {
            event.put("action", action);
        }
        event.put("bizStep", step).put("disposition", disposition);
        event.putObject("bizLocation").put("id", plant);
        return event;
    }

    private String organisation(Actor actor, String name) {
        return organisations.choices(actor).stream().filter(o -> o.name().equals(name)).map(Organisation::id)
                .findFirst().map(id -> Identifiers.organisation(id.value())).orElseThrow();
    }
}
