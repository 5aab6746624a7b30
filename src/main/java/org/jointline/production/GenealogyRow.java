package org.jointline.production;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of a unit's full genealogy: depth 1 is installed directly in the unit, deeper in a sub-assembly. */
public record GenealogyRow(int depth, String parentSerial, String itemNumber, String serial, String lot, String supplierName, BigDecimal quantity,
                           Instant installedAt, boolean removed) {
}
