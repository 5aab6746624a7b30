package org.jointline.production;

/** What a test records: a number in a range, one of given choices, or pass/fail. */
public enum TestKind {
    NUMERIC, CHOICE, PASS_FAIL
}
