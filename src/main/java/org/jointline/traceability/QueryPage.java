package org.jointline.traceability;

import tools.jackson.databind.node.ObjectNode;

/** One page of a query's results as an EPCISQueryDocument, and the token of the next page (or null). */
public record QueryPage(ObjectNode document, int size, String nextPageToken) {
}
