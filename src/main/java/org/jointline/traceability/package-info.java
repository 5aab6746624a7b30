/**
 * Traceability: a GS1 EPCIS 2.0 repository fed by the supply and production modules' events and by
 * other systems through the EPCIS REST binding, and recall (which units contain a lot, serial,
 * supplier's goods or receipt, and where they are now).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Traceability")
package org.jointline.traceability;
