package org.jointline.compliance.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jointline.compliance.Authorisation;
import org.jointline.compliance.Embargo;
import org.jointline.compliance.EndUserCertificate;
import org.jointline.compliance.Rule;

/** Everything known about a transfer except its lines: the facts a decision is made on. */
public record DecisionContext(LocalDate today, UUID exporter, UUID consignee, String consigneeName, Route route,
                              Embargo embargo, SanctionsStanding consigneeState, Map<String, Rule> rules,
                              List<Authorisation> authorisations, List<EndUserCertificate> certificates) {
}
