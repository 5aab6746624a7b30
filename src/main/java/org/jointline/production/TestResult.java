package org.jointline.production;

import java.time.Instant;

/** A recorded test: the value, whether it passed, where, by whom, when; a waived failure names its nonconformance. */
public record TestResult(TestResultId id, UnitId unitId, TestTemplateId templateId, String templateName, String value, boolean passed,
                         String station, String recordedBy, Instant recordedAt, String attachmentName, NonconformanceId waivedBy) {
}
