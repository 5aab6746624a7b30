package org.jointline.production;

import java.util.List;

/** What a scanned code is: a unit (go to it) or a component or lot (where it went). */
public record ScanResult(String code, Unit unit, List<WhereUsed> whereUsed) {
}
