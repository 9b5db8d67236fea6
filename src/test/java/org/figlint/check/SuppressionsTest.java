package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.figlint.document.Document;
import org.figlint.document.DocumentFormat;
import org.figlint.report.Finding;
import org.figlint.report.Location;
import org.figlint.report.Severity;
import org.junit.jupiter.api.Test;

/** Which findings a directive suppresses, and when it is reported as unused. */
class SuppressionsTest {
  private static final Suppressions SUPPRESSIONS = new Suppressions(new Messages(Locale.ENGLISH));

  private static Finding at(String rule, int line) {
    return new Finding(rule, Severity.WARNING, "m",
        new Location("a.txt", line, 1, line, 2, "x", null), List.of(), false);
  }

  private static List<String> apply(String text, Finding... findings) {
    Document doc = DocumentFormat.PLAIN.read(text, "a.txt");
    return SUPPRESSIONS.apply(List.of(findings), List.of(doc)).stream()
        .map(f -> f.location().startLine() + " " + f.ruleId() + (f.suppressed() ? " suppressed" : "")
            + (f.ruleId().equals(Suppressions.RULE_ID) ? ": " + f.message() : ""))
        .toList();
  }

  @Test
  void enableWithIdsClosesOnlyTheirRegions() {
    assertEquals(List.of(
        "2 date-mismatch suppressed",
        "4 name-variant suppressed",
        "6 name-variant",
        "8 name-variant suppressed",
        "8 weekday-mismatch suppressed",
        "10 name-variant",
        "10 weekday-mismatch suppressed"),
        apply("""
            [figlint-disable]
            a
            [figlint-enable name-variant]
            b
            [figlint-enable]
            c
            [figlint-disable weekday-mismatch, name-variant -- vérifié avec l'auteur]
            d
            [figlint-enable name-variant]
            e
            """,
            at("date-mismatch", 2), at("name-variant", 4), at("name-variant", 6),
            at("weekday-mismatch", 8), at("name-variant", 8), at("name-variant", 10),
            at("weekday-mismatch", 10)));
  }

  @Test
  void nextLineIsOnlyTheNextLine() {
    assertEquals(List.of(
        "1 unused-suppression: 'figlint-disable-next-line name-variant' suppresses no finding.",
        "3 name-variant",
        "4 unused-suppression: 'figlint-disable-next-line date-mismatch name-variant"
            + " figure-mismatch' suppresses no finding of date-mismatch.",
        "5 figure-mismatch suppressed",
        "5 name-variant suppressed"),
        apply("""
            [figlint-disable-next-line name-variant]
            a
            b
            [figlint-disable-next-line date-mismatch name-variant figure-mismatch]
            c
            """,
            at("name-variant", 3), at("name-variant", 5), at("figure-mismatch", 5)));
  }
}
