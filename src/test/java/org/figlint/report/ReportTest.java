package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ReportTest {

  @Test
  void findingsFilesAndRulesComeInAFixedOrder() {
    Report report = Sample.report();
    assertEquals(List.of("rounding", "unsourced-growth", "sum-mismatch", "fact-mismatch"),
        report.findings().stream().map(Finding::ruleId).toList());
    assertEquals(List.of(Sample.QUIET, Sample.ARTICLE, Sample.DEBATE), report.files());
    assertEquals(List.of("fact-mismatch", "rounding", "sum-mismatch", "unsourced-growth"),
        report.rules().stream().map(RuleDescriptor::id).toList());
  }

  @Test
  void countsLeaveOutSuppressedFindings() {
    Report report = Sample.report();
    assertEquals(3, report.problems().size());
    assertEquals(1, report.count(Severity.ERROR));
    assertEquals(2, report.count(Severity.WARNING));
    assertEquals(0, report.count(Severity.INFO));
  }

  @Test
  void ruleIndexIsThePositionInRules() {
    assertEquals(OptionalInt.of(2), Sample.report().ruleIndex("sum-mismatch"));
    assertEquals(OptionalInt.empty(), Sample.report().ruleIndex("parse-error"));
  }

  @Test
  void aRuleDescribedTwiceIsRefused() {
    var rule = Sample.RULES.get(0);
    assertThrows(IllegalArgumentException.class,
        () -> new Report(List.of(), List.of(rule, rule), "1", List.of()));
  }
}
