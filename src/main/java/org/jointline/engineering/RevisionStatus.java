package org.jointline.engineering;

/** A draft revision can change; a released one never does; a superseded one was replaced by a later release. */
public enum RevisionStatus {
    DRAFT, RELEASED, SUPERSEDED
}
