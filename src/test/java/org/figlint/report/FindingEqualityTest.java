package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Findings and locations are equal when every component is, as records are. */
class FindingEqualityTest {
  private static Location at(int line, String message) {
    return new Location("a.txt", line, 3, line, 9, "15 M€", message);
  }

  private static Finding finding(String rule, Severity severity, String message, Location where,
      List<Location> related, boolean suppressed) {
    return new Finding(rule, severity, message, where, related, suppressed);
  }

  @Test
  void equalComponentsMakeEqualFindingsWithEqualHashes() {
    Finding a = finding("figure-mismatch", Severity.WARNING, "15 ou 20", at(1, null),
        List.of(at(4, "20 M€ ici")), false);
    Finding b = finding("figure-mismatch", Severity.WARNING, "15 ou 20", at(1, null),
        List.of(at(4, "20 M€ ici")), false);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(at(2, "x"), at(2, "x"));
    assertEquals(at(2, "x").hashCode(), at(2, "x").hashCode());
  }

  @Test
  void anyDifferentComponentMakesThemDifferent() {
    Finding a = finding("figure-mismatch", Severity.WARNING, "15 ou 20", at(1, null),
        List.of(at(4, "ici")), false);
    List<Finding> others = List.of(
        finding("date-mismatch", Severity.WARNING, "15 ou 20", at(1, null), List.of(at(4, "ici")), false),
        finding("figure-mismatch", Severity.ERROR, "15 ou 20", at(1, null), List.of(at(4, "ici")), false),
        finding("figure-mismatch", Severity.WARNING, "15 ou 21", at(1, null), List.of(at(4, "ici")), false),
        finding("figure-mismatch", Severity.WARNING, "15 ou 20", at(2, null), List.of(at(4, "ici")), false),
        finding("figure-mismatch", Severity.WARNING, "15 ou 20", at(1, null), List.of(at(5, "ici")), false),
        finding("figure-mismatch", Severity.WARNING, "15 ou 20", at(1, null), List.of(), false),
        a.suppress());
    for (Finding other : others) {
      assertNotEquals(a, other, other.toString());
    }
    Location l = new Location("a.txt", 1, 3, 1, 9, "15 M€", null);
    for (Location other : List.of(new Location("b.txt", 1, 3, 1, 9, "15 M€", null),
        new Location("a.txt", 2, 3, 2, 9, "15 M€", null), new Location("a.txt", 1, 4, 1, 9, "15 M€", null),
        new Location("a.txt", 1, 3, 2, 9, "15 M€", null), new Location("a.txt", 1, 3, 1, 8, "15 M€", null),
        new Location("a.txt", 1, 3, 1, 9, "15 M", null), new Location("a.txt", 1, 3, 1, 9, null, null),
        l.withMessage("là"))) {
      assertNotEquals(l, other, other.toString());
      assertNotEquals(other, l, other.toString());
    }
  }
}
