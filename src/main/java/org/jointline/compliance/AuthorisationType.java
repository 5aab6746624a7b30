package org.jointline.compliance;

/** The kinds of export and transfer authorisations the programme meets. */
public enum AuthorisationType {
    EU001, EU002, EU003, EU004, EU005, EU006, EU007, EU008,
    NATIONAL_GENERAL,
    GLOBAL,
    INDIVIDUAL,
    ICT_GENERAL,
    ICT_GLOBAL,
    ICT_INDIVIDUAL,
    UA_PERMIT,
    US_LICENCE;

    /** A Union general export authorisation: issued by the Regulation itself, usable by any EU exporter. */
    public boolean unionGeneral() {
        return name().startsWith("EU");
    }

    /** An intra-EU transfer licence for military items (Directive 2009/43/EC). */
    public boolean intraEu() {
        return name().startsWith("ICT_");
    }

    /** Lower is more specific: a specific licence is drawn before a general one. */
    public int specificity() {
        return switch (this) {
            case INDIVIDUAL, ICT_INDIVIDUAL, UA_PERMIT, US_LICENCE -> 0;
            case GLOBAL, ICT_GLOBAL -> 1;
            case NATIONAL_GENERAL, ICT_GENERAL -> 2;
            default -> 3;
        };
    }
}
