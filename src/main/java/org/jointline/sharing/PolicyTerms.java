package org.jointline.sharing;

import java.util.List;

/** The closed vocabulary of sharing policies: anything else is refused when a policy is written. */
public final class PolicyTerms {

    public static final List<String> ACTIONS = List.of("view", "download", "use-for-manufacture", "modify", "share-onward");
    public static final List<String> PURPOSES = List.of("production", "maintenance", "repair", "evaluation", "certification", "training");
    public static final List<String> DUTIES = List.of("watermark", "log");

    /** Constraint fields (ODRL left operands) and the operators each accepts. */
    public static final String PURPOSE = "purpose";
    public static final String DATE_TIME = "dateTime";
    public static final String RECIPIENT_COUNTRY = "recipientCountry";
    public static final String COUNT = "count";
    public static final List<String> OPERANDS = List.of(PURPOSE, DATE_TIME, RECIPIENT_COUNTRY, COUNT);

    private PolicyTerms() {
    }

    public static List<String> operators(String operand) {
        return switch (operand) {
            case PURPOSE, RECIPIENT_COUNTRY -> List.of("eq", "isAnyOf");
            case DATE_TIME -> List.of("gteq", "lteq");
            case COUNT -> List.of("lteq");
            default -> List.of();
        };
    }
}
