/**
 * Compliance: control lists, classification of items and documents, authorisations with drawdown, and the
 * transfer assessment every movement of goods or technology must pass before it leaves.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Compliance")
package org.jointline.compliance;
