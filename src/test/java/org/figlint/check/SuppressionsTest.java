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

  /**
   * Random plain texts of directives (next line, disable and enable, with and without ids) and
   * findings of random rules on the other lines: which findings are suppressed and which
   * directives are reported unused is what trying each finding against each region says.
   */
  @Test
  void randomDirectivesSuppressWhatEachRegionCovers() {
    java.util.Random random = new java.util.Random(5);
    String[] rules = {"weekday-mismatch", "name-variant", "figure-mismatch"};
    for (int round = 0; round < 1_500; round++) {
      List<String> lines = new java.util.ArrayList<>();
      // Each region as {rule index or -1, from line, to line (exclusive), directive line}.
      List<int[]> regions = new java.util.ArrayList<>();
      List<int[]> open = new java.util.ArrayList<>();
      List<Finding> findings = new java.util.ArrayList<>();
      int count = 1 + random.nextInt(30);
      for (int line = 1; line <= count; line++) {
        int kind = random.nextInt(6);
        List<Integer> ids = new java.util.ArrayList<>();
        for (int r = 0; r < rules.length; r++) {
          if (random.nextInt(3) == 0) {
            ids.add(r);
          }
        }
        String names = String.join(", ", ids.stream().map(r -> rules[r]).toList());
        if (kind == 0 || kind == 1) {
          String directive = kind == 0 ? "figlint-disable-next-line" : "figlint-disable";
          lines.add("[" + (directive + " " + names).strip() + "]");
          for (int r : ids.isEmpty() ? List.of(-1) : ids) {
            int[] region = {r, line + 1, kind == 0 ? line + 2 : Integer.MAX_VALUE, line};
            regions.add(region);
            if (kind == 1) {
              open.add(region);
            }
          }
        } else if (kind == 2) {
          lines.add(("[figlint-enable " + names).strip() + "]");
          int at = line;
          open.removeIf(region -> {
            boolean closes = ids.isEmpty() || region[0] >= 0 && ids.contains(region[0]);
            if (closes) {
              region[2] = at;
            }
            return closes;
          });
        } else {
          lines.add("texte");
          for (int k = random.nextInt(3); k > 0; k--) {
            int column = 1 + random.nextInt(4);
            findings.add(new Finding(rules[random.nextInt(rules.length)], Severity.WARNING, "m",
                new Location("a.txt", line, column, line, column + 1, "x", null), List.of(),
                false));
          }
        }
      }
      java.util.Set<Integer> used = new java.util.HashSet<>();
      List<String> expected = new java.util.ArrayList<>();
      for (Finding f : findings) {
        boolean suppressed = false;
        for (int k = 0; k < regions.size(); k++) {
          int[] region = regions.get(k);
          int line = f.location().startLine();
          if ((region[0] < 0 || rules[region[0]].equals(f.ruleId())) && region[1] <= line
              && line < region[2]) {
            suppressed = true;
            used.add(k);
          }
        }
        expected.add(f.location().startLine() + ":" + f.location().startColumn() + " "
            + f.ruleId() + (suppressed ? " suppressed" : ""));
      }
      java.util.Set<Integer> unusedLines = new java.util.TreeSet<>();
      for (int k = 0; k < regions.size(); k++) {
        if (!used.contains(k)) {
          unusedLines.add(regions.get(k)[3]);
        }
      }
      unusedLines.forEach(line -> expected.add(line + ":1 " + Suppressions.RULE_ID));
      Document doc = DocumentFormat.PLAIN.read(String.join("\n", lines) + "\n", "a.txt");
      List<String> actual = SUPPRESSIONS.apply(findings, List.of(doc)).stream()
          .map(f -> f.location().startLine() + ":" + f.location().startColumn() + " "
              + f.ruleId() + (f.suppressed() ? " suppressed" : ""))
          .sorted().toList();
      assertEquals(expected.stream().sorted().toList(), actual, String.join("\n", lines));
    }
  }

  /**
   * A file of thousands of findings each under its own directive, as the README's table of
   * hostile inputs times it (each finding was tried against every region of its file: 13 s for
   * a megabyte, nearly 3 minutes for four). This checks the one pass at that scale; its time is
   * not measured here.
   */
  @Test
  void manyDirectivesAndFindingsAreMatchedInOnePass() {
    StringBuilder text = new StringBuilder();
    List<Finding> findings = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      text.append("[figlint-disable-next-line weekday-mismatch]\nLe lundi 18 mars 2025.\n");
      findings.add(at("weekday-mismatch", 2 * i + 2));
    }
    findings.add(at("weekday-mismatch", 1));
    Document doc = DocumentFormat.PLAIN.read(text.toString(), "a.txt");
    List<Finding> out = SUPPRESSIONS.apply(findings, List.of(doc));
    assertEquals(20_001, out.size());
    assertEquals(20_000, out.stream().filter(Finding::suppressed).count());
  }
}
