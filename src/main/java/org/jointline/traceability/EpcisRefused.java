package org.jointline.traceability;

import java.util.List;

/**
 * A request the EPCIS binding refuses, with the exception type the standard names
 * ({@code epcisException:ValidationException}, {@code QueryParameterException}, ...).
 */
public class EpcisRefused extends RuntimeException {

    private final String type;
    private final int status;
    private final List<Violation> violations;

    public EpcisRefused(String type, int status, String detail, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.status = status;
        this.violations = List.copyOf(violations);
    }

    public static EpcisRefused validation(List<Violation> violations) {
        String detail = violations.stream().limit(10).map(Violation::toString)
                .reduce((a, b) -> a + "; " + b).orElse("invalid document");
        return new EpcisRefused("ValidationException", 400, detail, violations);
    }

    public static EpcisRefused queryParameter(String parameter, String message) {
        return new EpcisRefused("QueryParameterException", 400, parameter + ": " + message,
                List.of(new Violation(null, parameter, message)));
    }

    public static EpcisRefused noSuchName(String what) {
        return new EpcisRefused("NoSuchNameException", 404, what, List.of());
    }

    public String type() {
        return "epcisException:" + type;
    }

    public int status() {
        return status;
    }

    public List<Violation> violations() {
        return violations;
    }
}
