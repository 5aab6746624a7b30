package org.jointline.compliance.internal;

import java.util.UUID;

/** Asks the screening module where a party stands; kept small so that the decision does not depend on how. */
public interface SanctionsCheck {

    SanctionsStanding state(UUID organisationId);
}
