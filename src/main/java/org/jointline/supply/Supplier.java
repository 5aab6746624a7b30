package org.jointline.supply;

import org.jointline.partners.OrganisationId;

/** An organisation of kind supplier, with how many parts it sells and how many of them are approved. */
public record Supplier(OrganisationId id, String name, String country, String city, long parts, long approvedParts) {
}
