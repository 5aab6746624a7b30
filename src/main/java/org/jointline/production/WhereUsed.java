package org.jointline.production;

/** A unit that holds (or held) a component or a lot, at any depth. */
public record WhereUsed(UnitId unitId, String serial, String itemNumber, UnitStatus status, String via, boolean removed) {
}
