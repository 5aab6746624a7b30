package org.jointline.production;

/** Per template, where a unit stands: the latest result, or none. */
public record TestStatus(TestTemplate template, TestResult latest) {

    public boolean satisfied() {
        return latest != null && (latest.passed() || latest.waivedBy() != null);
    }

    public boolean blocking() {
        return template.required() && !satisfied();
    }
}
