package org.figlint.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
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

  @Test
  void otherChecksHaveNoFix() {
    assertEquals(List.of(), fixes("a.txt",
        "Sur 45 entreprises, dont 52 françaises, la plupart sont des start-up.",
        "parts-exceed-whole"));
  }
}
