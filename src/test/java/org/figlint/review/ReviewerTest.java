package org.figlint.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.figlint.archive.Archive;
import org.figlint.document.DocumentFormat;
import org.figlint.report.Finding;
import org.figlint.report.ReviewJson;
import org.figlint.rule.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewerTest {
  private static final Reviewer REVIEWER = Reviewer.bundled();

  @Test
  void rulesReadAheadAreTheRulesReadThen() throws InterruptedException {
    Thread ahead = new Thread(Reviewer::prefetchBundledRules);
    ahead.start();
    ahead.join();
    RuleSet taken = Reviewer.loadRules(null, List.of(), true);
    assertEquals(Reviewer.loadRules(null, List.of(), true), taken);
    assertEquals(38, taken.facts().size());
    Reviewer.prefetchBundledRules();
    RuleSet withoutFacts = Reviewer.loadRules(null, List.of(), false);
    assertEquals(List.of(), withoutFacts.facts());
    assertEquals(taken, Reviewer.loadRules(null, List.of(), true));
  }

  @Test
  void findsAWeekdayErrorAtItsColumnInAMarkdownBuffer() {
    String text = "# Agenda\n\nLe conseil se réunira le *lundi 18 mars 2025* à Paris.\n";
    Review review = REVIEWER.review(
        new Source("brouillon.md", text, DocumentFormat.MARKDOWN, LocalDate.of(2025, 3, 1)));
    List<Finding> weekday = review.findings().stream()
        .filter(f -> f.ruleId().equals("weekday-mismatch")).toList();
    assertEquals(1, weekday.size(), review.findings().toString());
    Finding f = weekday.get(0);
    assertEquals(3, f.location().startLine());
    int column = text.split("\n")[2].indexOf("lundi") + 1;
    assertEquals(column, f.location().startColumn());
    assertTrue(f.message().contains("mardi"), f.message());
    assertTrue(review.errors().isEmpty(), review.errors().toString());
  }

  @Test
  void aCleanTextGivesNoFindingAndItsMentions() {
    Review review = REVIEWER.review(Source.of("propre.txt",
        "Le mardi 18 mars 2025, la société a levé 15 millions d'euros auprès de 12 investisseurs."));
    assertEquals(List.of(), review.findings());
    JsonNode json = ReviewJson.of(review.report(), review.shown(), true);
    assertEquals(3, json.get("mentions").size(), json.toPrettyString());
    assertEquals("money", json.get("mentions").get(1).get("kind").asText());
    assertEquals("propre.txt", json.get("documents").get(0).get("file").asText());
    assertEquals(0, json.get("summary").get("warnings").asInt());
  }

  @Test
  void textsReviewedTogetherAreComparedWithEachOther() {
    Review review = REVIEWER.review(List.of(
        Source.of("a.txt", "date 2024-05-02\nLa société Mistral AI a levé 15 millions d'euros le 2 mai 2024."),
        Source.of("b.txt", "date 2024-05-03\nLa société Mistral AI a levé 20 millions d'euros le 2 mai 2024.")));
    assertTrue(review.findings().stream().anyMatch(f -> f.ruleId().equals("figure-mismatch")),
        review.findings().toString());
  }

  /** An undated text reviewed against an archive counts as published today, as with lint. */
  @Test
  void anUndatedTextIsComparedWithTheArchiveAsPublishedToday(@TempDir Path dir) {
    Path db = dir.resolve("archive.db");
    org.figlint.rule.RuleSet rules = Reviewer.loadRules(null, List.of(), true);
    try (Archive archive = Archive.open(db, true)) {
      org.figlint.archive.Archiver archiver = new org.figlint.archive.Archiver(archive,
          new org.figlint.check.Linter(rules, org.figlint.rule.ExchangeRates.bundled(),
              java.util.Locale.FRENCH), "test", null, 10, n -> { });
      for (String[] doc : new String[][] {
          {"recent.txt", "date " + LocalDate.now().minusDays(5)
              + "\nLa société Mistral AI a levé 15 millions d'euros."},
          {"old.txt", "date 2019-05-01\nLa société Mistral AI a levé 40 millions d'euros."}}) {
        archiver.offer(org.figlint.document.DocumentLoader.fromText(doc[1], doc[0]),
            doc[1].getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      archiver.finish();
    }
    Reviewer reviewer = new Reviewer(rules, org.figlint.rule.ExchangeRates.bundled(),
        java.util.Locale.FRENCH, null, db);
    Review review = reviewer.review(List.of(
        Source.of("draft.txt", "La société Mistral AI a levé 22 millions d'euros.")));
    List<Finding> mismatches = review.findings().stream()
        .filter(f -> f.ruleId().equals("figure-mismatch")).toList();
    assertEquals(1, mismatches.size(), review.findings().toString());
    assertEquals("recent.txt", mismatches.get(0).related().get(0).file());
  }

  /**
   * A review against an archive that another figlint or lexicon analysed says so in a notice,
   * not an error (the server's API answers errors with a failure); a current archive, nothing.
   */
  @Test
  void aReviewNoticesAnArchiveThatAnotherAnalysisMade(@TempDir Path dir) {
    org.figlint.rule.RuleSet rules = Reviewer.loadRules(null, List.of(), true);
    String current = org.figlint.archive.Analysis.of(rules);
    for (String analysis : List.of("another", current)) {
      Path db = dir.resolve(analysis + ".db");
      try (Archive archive = Archive.open(db, true)) {
        org.figlint.archive.Archiver archiver = new org.figlint.archive.Archiver(archive,
            new org.figlint.check.Linter(rules, org.figlint.rule.ExchangeRates.bundled(),
                java.util.Locale.FRENCH), analysis, null, 10, n -> { });
        archiver.offer(org.figlint.document.DocumentLoader.fromText(
            "date 2024-03-01\nLa société Mistral AI a levé 15 millions d'euros.", "a.txt"),
            new byte[] {1});
        archiver.finish();
      }
      Review review = new Reviewer(rules, org.figlint.rule.ExchangeRates.bundled(),
          java.util.Locale.FRENCH, null, db).review(List.of(Source.of("draft.txt",
              "date 2024-03-02\nLa société Mistral AI a levé 22 millions d'euros.")));
      assertEquals(List.of(), review.errors());
      assertEquals(1, review.findings().size(), review.findings().toString());
      assertEquals(analysis.equals(current) ? List.of() : List.of(db + ": 1 archived document"
          + " was analysed by another figlint or lexicon than the one in use: their claims may"
          + " not be what it would find; 'figlint archive add' of them with the same rules reads"
          + " them again"), review.notices());
    }
  }

  @Test
  void anInterruptedReviewStopsAndSaysSo() {
    Thread.currentThread().interrupt();
    try {
      org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
          () -> REVIEWER.review(Source.of("a.txt", "Le 3 mars 2024, 15 millions d'euros.")));
    } finally {
      Thread.interrupted();
    }
    assertEquals(1, REVIEWER.review(Source.of("a.txt", "15 millions d'euros.")).documents().size());
  }
}
