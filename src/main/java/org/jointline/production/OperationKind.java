package org.jointline.production;

/** The steps of routing light. */
public enum OperationKind {
    ASSEMBLY, FIRMWARE_FLASHING, BENCH_TEST, FLIGHT_TEST, PACKING, OTHER
}
