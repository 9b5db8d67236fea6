package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.figlint.document.DocumentFormat;
import org.figlint.report.Finding;
import org.figlint.review.Review;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.figlint.rule.ExchangeRates;
import org.junit.jupiter.api.Test;

/** "(sic)" after a figure or a name: written so on purpose, its finding is suppressed. */
class SicTest {
  private static final Reviewer REVIEWER = new Reviewer(Reviewer.bundled().rules(),
      ExchangeRates.bundled(), Locale.FRENCH, LocalDate.of(2025, 3, 1), null);

  /** The findings of {@code text} as "rule snippet" and " suppressed" when it is. */
  private static List<String> findings(String text, DocumentFormat format) {
    Review review = REVIEWER.review(new Source("a", text, format, null));
    assertEquals(List.of(), review.errors());
    return review.findings().stream()
        .map(f -> f.ruleId() + " " + f.location().snippet() + (f.suppressed() ? " suppressed" : ""))
        .toList();
  }

  private static List<String> findings(String text) {
    return findings(text, DocumentFormat.PLAIN);
  }

  @Test
  void aWrongWeekdayMarkedSicIsSuppressed() {
    assertEquals(List.of("weekday-mismatch lundi 18 mars 2025 suppressed"),
        findings("Le programme annonçait la réunion pour le lundi 18 mars 2025 (sic).\n"));
    // Its forms: brackets, capitals, spaces, an exclamation mark, closing quotes in between.
    for (String marker : List.of("[sic]", "(SIC)", "( sic )", "(sic !)", "[Sic!]",
        "\u00A0(sic)", "» (sic)")) {
      String open = marker.startsWith("»") ? "« " : "";
      assertEquals(List.of("weekday-mismatch lundi 18 mars 2025 suppressed"),
          findings("Le programme disait " + open + "lundi 18 mars 2025" + marker + ".\n"),
          marker);
    }
  }

  @Test
  void sicMarksOnlyTheWordsRightBeforeIt() {
    assertEquals(List.of("weekday-mismatch lundi 18 mars 2025"),
        findings("La réunion du lundi 18 mars 2025 à Paris (sic) est reportée.\n"));
    assertEquals(List.of("weekday-mismatch lundi 18 mars 2025"),
        findings("La réunion du lundi 18 mars 2025 (sicut) est reportée.\n"));
    assertEquals(List.of("weekday-mismatch lundi 18 mars 2025"),
        findings("La réunion du lundi 18 mars 2025\n(sic) est reportée.\n"));
    assertEquals(List.of("weekday-mismatch lundi 18 mars 2025"),
        findings("La réunion du lundi 18 mars 2025 (sic est reportée.\n"));
    assertEquals(List.of(), findings("(sic) [sic] ( sic ) « (sic) »"));
  }

  @Test
  void aNameMarkedSicIsNeitherFlaggedNorTheReferenceOfAFinding() {
    String quoted = "Johnny Hallyday a chanté au Stade de France. Johnny Hallyday y revient."
        + " Un internaute a salué « la triste mort de Johnny Halliday » (sic).\n";
    assertEquals(List.of("name-variant Johnny Halliday suppressed"), findings(quoted));
    assertEquals(List.of("name-variant Johnny Halliday"),
        findings(quoted.replace(" (sic)", "")));
    // Written once each, the later spelling is reported; here the earlier is the one quoted
    // wrongly on purpose, and the finding on the right one is suppressed.
    String tie = "On lit « De Arnaud Amory (sic) à Caroline Dupuis ». Arnaud Amaury fut archevêque.\n";
    assertEquals(List.of("name-variant Arnaud Amaury suppressed"), findings(tie));
    assertEquals(List.of("name-variant Arnaud Amaury"), findings(tie.replace(" (sic)", "")));
  }

  @Test
  void markupAndEntitiesBetweenTheWordsAndSic() {
    assertEquals(List.of("weekday-mismatch lundi 18 mars 2025 suppressed"),
        findings("Le programme disait *lundi 18 mars 2025* (sic).\n", DocumentFormat.MARKDOWN));
    assertEquals(List.of("weekday-mismatch lundi 18 mars 2025 suppressed"),
        findings("<p>Le programme disait <em>lundi 18 mars 2025</em>&nbsp;(sic).</p>",
            DocumentFormat.HTML));
    assertEquals(List.of("weekday-mismatch lundi 18 mars 2025"),
        findings("<p>Le programme disait <em>lundi 18 mars 2025</em>.</p>",
            DocumentFormat.HTML));
  }

  @Test
  void suppressedFindingsStayInTheReport() {
    Review review = REVIEWER.review(new Source("a",
        "Le lundi 18 mars 2025 (sic), puis le lundi 18 mars 2025.\n", DocumentFormat.PLAIN, null));
    List<Finding> findings = review.findings();
    assertEquals(2, findings.size());
    assertEquals(List.of(true, false), findings.stream().map(Finding::suppressed).toList());
    assertEquals(List.of(4, 38), findings.stream().map(f -> f.location().startColumn()).toList());
  }
}
