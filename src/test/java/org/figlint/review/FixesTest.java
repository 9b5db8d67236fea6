package org.figlint.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.figlint.Allocation;
import org.figlint.document.DocumentFormat;
import org.figlint.report.Finding;
import org.junit.jupiter.api.Test;

class FixesTest {
  private static final Reviewer REVIEWER = Reviewer.bundled();

  /** The fixes of the findings of one check in a text, as "written -> replacement @line:col". */
  private static List<String> fixes(String path, String text, String ruleId) {
    Review review = REVIEWER.review(new Source(path, text, DocumentFormat.of(path),
        LocalDate.of(2025, 3, 1)));
    List<Finding> findings = review.findings().stream()
        .filter(f -> f.ruleId().equals(ruleId)).toList();
    assertEquals(1, findings.size(), review.findings().toString());
    return Fixes.of(review, findings.get(0)).stream()
        .map(r -> r.location().snippet() + " -> " + r.text() + " @" + r.location().startLine()
            + ":" + r.location().startColumn())
        .toList();
  }

  @Test
  void aWeekdayIsReplacedByTheDaysOwnInItsCase() {
    assertEquals(List.of("lundi -> mardi @1:26"),
        fixes("a.txt", "Le conseil se réunira le lundi 18 mars 2025.", "weekday-mismatch"));
    assertEquals(List.of("Lundi -> Mardi @1:1"),
        fixes("a.txt", "Lundi 18 mars 2025 : réunion du conseil.", "weekday-mismatch"));
    assertEquals(List.of("LUNDI -> MARDI @1:1"),
        fixes("a.txt", "LUNDI 18 MARS 2025 : réunion du conseil.", "weekday-mismatch"));
  }

  @Test
  void theWeekdayOfARangesEndIsFixedAlone() {
    assertEquals(List.of("samedi -> vendredi @1:31"),
        fixes("a.txt", "Le salon ouvre du mardi 18 au samedi 21 mars 2025.", "weekday-mismatch"));
  }

  @Test
  void inHtmlTheSpanIsTheOriginalOne() {
    assertEquals(List.of("lundi -> mardi @1:10"),
        fixes("a.html", "<p>Le <b>lundi&nbsp;18 mars 2025</b>, réunion.</p>", "weekday-mismatch"));
  }

  @Test
  void aMisspelledKnownNameIsReplacedByTheEntitysName() {
    assertEquals(List.of("Mistrai IA -> Mistral AI @1:1"),
        fixes("a.txt", "Mistrai IA a dévoilé un partenariat avec Microsoft.", "name-variant"));
    assertEquals(List.of("OpenIA -> OpenAI @1:1"),
        fixes("a.txt", "OpenIA a inauguré son bureau parisien.", "name-variant"));
  }

  @Test
  void aPersonsNameTakesTheSpellingKept() {
    assertEquals(List.of("Caroline Chopineau -> Caroline Chopinaud @2:7"),
        fixes("a.txt", "Nous recevons Caroline Chopinaud, directrice du Hub France IA.\n"
            + "Merci Caroline Chopineau d'avoir été avec nous.", "name-variant"));
  }

  /** Every finding of a text of many wrong weekdays gets its own weekday's fix. */
  @Test
  void eachOfManyWeekdaysGetsItsOwnFix() {
    StringBuilder html = new StringBuilder("<p>Calendrier :");
    for (int i = 0; i < 300; i++) {
      // March 2025: the 18th was a Tuesday; "lundi" is wrong on every line, at varied columns.
      html.append(i % 3 == 0 ? "\n" : " ").append("&laquo;&nbsp;".repeat(i % 4))
          .append("<b>lundi&nbsp;").append(18 + 7 * (i % 2)).append(" mars 2025</b>,");
    }
    html.append("</p>");
    Review review = REVIEWER.review(new Source("a.html", html.toString(),
        DocumentFormat.of("a.html"), LocalDate.of(2025, 3, 1)));
    List<Finding> findings = review.findings().stream()
        .filter(f -> f.ruleId().equals("weekday-mismatch")).toList();
    assertEquals(300, findings.size());
    for (Finding f : findings) {
      List<Replacement> fix = Fixes.of(review, f);
      assertEquals(1, fix.size(), f.toString());
      assertEquals("mardi", fix.get(0).text());
      assertEquals("lundi", fix.get(0).location().snippet());
      assertEquals(f.location().startLine(), fix.get(0).location().startLine());
      assertEquals(f.location().startColumn(), fix.get(0).location().startColumn());
    }
  }

  /**
   * The fixes of every finding of a text cost work in proportion to it: each finding looked
   * for its mention by working out the place of every mention before it, so that the fixes of
   * 50,000 wrong weekdays took minutes. Memory allocated is counted, not time.
   */
  @Test
  void theFixesOfAllFindingsTakeLinearWork() {
    Allocation.assertLinear(FixesTest::fixWork, 400);
  }

  private static long fixWork(int dates) {
    Review review = REVIEWER.review(new Source("a.txt", "lundi 18 mars 2025, ".repeat(dates),
        DocumentFormat.of("a.txt"), LocalDate.of(2025, 3, 1)));
    assertEquals(dates, review.findings().size());
    return Allocation.by(() -> review.findings().forEach(f -> Fixes.of(review, f)));
  }

  @Test
  void otherChecksHaveNoFix() {
    assertEquals(List.of(), fixes("a.txt",
        "Sur 45 entreprises, dont 52 françaises, la plupart sont des start-up.",
        "parts-exceed-whole"));
  }
}
