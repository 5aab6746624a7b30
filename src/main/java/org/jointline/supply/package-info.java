/**
 * Supply: suppliers and their parts, purchase orders and receipts, stock locations per facility, lots, serial
 * numbers, stock on hand and the moves that change it, shipments between facilities with their compliance
 * decision, supply resilience, labels and despatch notes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supply")
package org.jointline.supply;
