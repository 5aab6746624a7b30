package org.jointline.production;

import java.util.List;

/** Everything about a unit on one page: components, steps, tests, nonconformances, acceptance, and what to do next. */
public record UnitRecord(Unit unit, List<MaterialProgress> materials, List<InstalledComponent> components, List<Operation> operations,
                         List<OperationRecord> done, List<TestStatus> tests, List<TestResult> results,
                         List<Nonconformance> nonconformances, List<Acceptance> acceptances, NextStep next) {
}
