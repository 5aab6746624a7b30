package org.jointline.compliance;

/** The control regimes a classification entry can come from. EAR99 and NOT_CONTROLLED are classifications too. */
public enum Regime {
    EU_DUAL_USE,
    EU_MILITARY,
    USML,
    ECCN,
    EAR99,
    NOT_CONTROLLED;

    /** Whether an entry of this regime puts the subject on a control list. */
    public boolean controlled() {
        return this != EAR99 && this != NOT_CONTROLLED;
    }
}
