package org.jointline.traceability.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The CBV 2.0 canonical pre-hash string and event hash. */
class EventHashTests {

    private final JsonMapper json = JsonMapper.builder().build();

    /**
     * The canonical form of GS1's Example 9.6.1 first event, as published with the openepcis event hash
     * generator's test fixtures (URNs as Digital Link, CBV words as web URIs, type before value).
     */
    @Test
    void example961HasThePublishedCanonicalForm() throws Exception {
        Path file = Path.of("../shared/data/epcis/examples/Example_9.6.1-ObjectEvent.jsonld");
        Assumptions.assumeTrue(Files.exists(file), "skipped: ../shared/data/epcis is absent");
        JsonNode document = json.readTree(Files.readString(file));
        ObjectNode event = (ObjectNode) document.at("/epcisBody/eventList/0").deepCopy();
        event.remove("eventID");
        assertThat(EventHash.preHash(event, EventHash.namespaces(document.get("@context")))).isEqualTo(
                "eventType=ObjectEventeventTime=2005-04-04T02:33:31.116ZeventTimeZoneOffset=-06:00"
                        + "epcListepc=https://id.gs1.org/01/10614141073464/21/2017epc=https://id.gs1.org/01/10614141073464/21/2018"
                        + "action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-shipping"
                        + "disposition=https://ref.gs1.org/cbv/Disp-in_transit"
                        + "readPointid=https://id.gs1.org/414/0614141073467/254/1234"
                        + "bizTransactionListtype=https://ref.gs1.org/cbv/BTT-pobizTransaction=http://transaction.acme.com/po/12345678");
        ObjectNode second = (ObjectNode) document.at("/epcisBody/eventList/1").deepCopy();
        assertThat(EventHash.preHash(second, EventHash.namespaces(document.get("@context"))))
                .endsWith("{http://ns.example.com/epcis/}myField=Example of a vendor/user extension");
    }

    @Test
    void theHashIgnoresFieldOrderIdentifierSyntaxAndRecordTime() {
        JsonNode a = json.readTree("""
                {"type":"ObjectEvent","eventTime":"2026-07-22T06:45:00+02:00","eventTimeZoneOffset":"+02:00",
                 "action":"OBSERVE","epcList":["urn:epc:id:sgtin:0614141.107346.2017","urn:epc:id:sgtin:0614141.107346.2018"],
                 "bizStep":"shipping","recordTime":"2026-07-22T07:00:00Z"}""");
        JsonNode b = json.readTree("""
                {"bizStep":"shipping","epcList":["https://id.gs1.org/01/10614141073464/21/2018","https://id.gs1.org/01/10614141073464/21/2017"],
                 "action":"OBSERVE","eventTimeZoneOffset":"+02:00","eventTime":"2026-07-22T04:45:00.000Z","type":"ObjectEvent"}""");
        JsonNode c = json.readTree("""
                {"type":"ObjectEvent","eventTime":"2026-07-22T06:45:00+02:00","eventTimeZoneOffset":"+02:00",
                 "action":"OBSERVE","epcList":["urn:epc:id:sgtin:0614141.107346.2017"],"bizStep":"shipping"}""");
        assertThat(EventHash.of(a)).isEqualTo(EventHash.of(b)).startsWith("ni:///sha-256;").endsWith("?ver=CBV2.0");
        assertThat(EventHash.of(c)).isNotEqualTo(EventHash.of(a));
        assertThat(EventHash.of(a, Map.of())).hasSize("ni:///sha-256;".length() + 64 + "?ver=CBV2.0".length());
    }
}
