package org.jointline.production;

import java.time.Instant;
import java.util.List;

/** What a certificate of conformity states: the delivery, the configuration, each unit with its tests, the qualifications. */
public record Certificate(String deliveryNumber, Instant issuedAt, String manufacturer, String facility, String customer,
                          String itemNumber, String itemName, String revisionLabel, String shipmentNumber,
                          String complianceOutcome, List<CertifiedUnit> units, List<Qualification> qualifications) {

    /** A unit on the certificate: its serial, and the tests it passed (name and value). */
    public record CertifiedUnit(String serial, String digitalLink, String configuration, List<String> tests) {
    }
}
