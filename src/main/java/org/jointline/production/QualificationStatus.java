package org.jointline.production;

/** Where a qualification of a configuration stands; only GRANTED within its validity counts. */
public enum QualificationStatus {
    PLANNED, IN_PROGRESS, GRANTED, SUSPENDED, WITHDRAWN
}
