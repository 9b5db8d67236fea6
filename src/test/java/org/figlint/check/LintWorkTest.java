package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.figlint.Allocation;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ArchivedClaim;
import org.figlint.claim.ClaimArchive;
import org.figlint.document.DocumentLoader;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The analysis and the checks of one document do work in proportion to it, even when a single
 * sentence holds thousands of figures, names, conversions or facts: on n, 2n and 4n copies of a
 * piece of sentence (joined by commas, never ending the sentence), the memory the thread
 * allocates grows linearly. Before, a claim listed the mentions of its whole sentence, a fact
 * cut its clause out of the text for each mention and a conversion gathered the dates of its
 * sentence: one sentence of 1 MB took a minute or more, and the archive's form of each claim
 * copied its whole sentence (out of memory). Memory allocated is counted, not time, so the
 * test holds on a busy machine.
 */
class LintWorkTest {
  private static final Linter LINTER = new Linter(
      new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled(),
      ExchangeRates.bundled(), Locale.FRENCH);

  private static final int COPIES = 800;

  private record Piece(String name, String unit) {}

  private static final List<Piece> PIECES = List.of(
      new Piece("figures and names", "Apple a levé 15 millions d’euros et Microsoft 20 millions "
          + "d’euros, "),
      new Piece("conversions", "225 millions de livres (270 millions d’euros), "),
      new Piece("conversions with dates", "le 3 mars 2020 225 millions de livres "
          + "(270 millions d’euros), "),
      new Piece("facts", "le G7 d’Hiroshima en mai 2021 et l’inflation à 7,3 %, "),
      new Piece("clauses", "(12 %) qui "),
      new Piece("parts of a whole", "sur 100 salariés, 60 sont des femmes et 50 des hommes, "),
      new Piece("wholes and their parts", "au total 100 millions d’euros, dont 60 millions "
          + "d’euros et 50 millions d’euros, "),
      new Piece("weekdays", "lundi 18 mars 2025, "),
      new Piece("relative dates", "il y a 3 ans, en 2021, "),
      new Piece("tenses", "en 2030 il a levé 5 millions d’euros, "),
      new Piece("counts", "3 morts, 12 blessés et 40 000 habitants, "),
      new Piece("names", "Macron Macrom Emmanuel Makron "),
      new Piece("counted lists", "3 pays : la France, l'Italie et l'Espagne, "));

  /** Bytes the thread allocates to analyse and check the text of {@code copies} pieces. */
  private static long work(Piece p, int copies) {
    String text = "Selon le rapport, " + p.unit().repeat(copies) + "fin.\n";
    return Allocation.by(() -> {
      AnalysedDocument doc = LINTER.analyse(DocumentLoader.fromText(text, "long.txt"), null);
      LINTER.start(ClaimArchive.NONE).add(doc);
      // What figlint archive add keeps of each claim, its sentence's text included.
      doc.claims().forEach(ArchivedClaim::of);
      assertEquals(1, doc.sentences().size(), "one sentence");
    });
  }

  /**
   * Bytes the thread allocates to lint a text that gives the same claim in each of {@code
   * copies} sentences, comparisons included (one group: resolved on this thread).
   */
  private static long repeatedClaimWork(int copies) {
    String text = "Apple a levé 15 millions d’euros. ".repeat(copies);
    return Allocation.by(() -> {
      Linter.Run run = LINTER.start(ClaimArchive.NONE);
      run.add(LINTER.analyse(DocumentLoader.fromText(text, "same.txt"), null));
      assertEquals(List.of(), run.finish());
    });
  }

  /**
   * A document gives a group of comparable claims {@link SameFactCheck#MAX_BLOCK} claims at
   * most: a block is never cut inside a document, and one of all the claims was resolved in
   * the square of their number, in time and memory.
   */
  @Test
  void oneClaimRepeatedInEverySentenceIsComparedInLinearWork() {
    Allocation.assertLinear(LintWorkTest::repeatedClaimWork, COPIES);
  }

  @Test
  void aDocumentGivesAGroupItsFirstClaims() {
    String same = "Apple a levé 15 millions d’euros. ";
    String wrong = "Apple a levé 20 millions d’euros. ";
    List<String> early = rules(LINTER.check(List.of(LINTER.analyse(
        DocumentLoader.fromText(wrong + same.repeat(1_000), "early.txt"), null))));
    assertEquals(List.of("figure-mismatch"), early);
    List<String> late = rules(LINTER.check(List.of(LINTER.analyse(
        DocumentLoader.fromText(same.repeat(1_000) + wrong, "late.txt"), null))));
    assertEquals(List.of(), late, "the 1,001st claim of the group is not compared");
  }

  private static List<String> rules(List<org.figlint.report.Finding> findings) {
    return findings.stream().map(org.figlint.report.Finding::ruleId).toList();
  }

  /** "Jean" and a last name of 6 to 9 letters starting with "B": all in a few length groups. */
  private static String people(int count, long seed) {
    java.util.Random random = new java.util.Random(seed);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      StringBuilder last = new StringBuilder("B");
      for (int k = 5 + random.nextInt(4); k > 0; k--) {
        last.append("acdefghilmnoprstu".charAt(random.nextInt(17)));
      }
      text.append("Jean ").append(last).append(" a parlé. ");
    }
    return text.toString();
  }

  /**
   * The last names of one first name were compared in every pair: 250 KB of "Jean X a parlé."
   * took 15 s, 1 MB more than 3 minutes. A last name is now compared with the 256 of its
   * letter and length that follow it, when their letters allow a variant.
   */
  @Test
  void manyPeopleOfOneFirstNameAreComparedInLinearWork() {
    Allocation.assertLinear(count -> {
      String text = people(count, count);
      return Allocation.by(() -> LINTER.check(List.of(
          LINTER.analyse(DocumentLoader.fromText(text, "people.txt"), null))));
    }, COPIES);
  }

  @Test
  void aVariantAmongHundredsOfPeopleIsStillFound() {
    String text = people(200, 1) + "Jean Chopinaud a parlé. " + people(200, 2)
        + "Jean Chopinaud a parlé. Jean Chopineau a conclu.";
    List<org.figlint.report.Finding> found = LINTER.check(List.of(
        LINTER.analyse(DocumentLoader.fromText(text, "people.txt"), null))).stream()
        .filter(f -> f.location().snippet().equals("Jean Chopineau")).toList();
    assertEquals(1, found.size(), found.toString());
    assertEquals("name-variant", found.get(0).ruleId());
  }

  /** A list is read in the first {@link CountMismatchCheck#MAX_LIST} characters after its cue. */
  @Test
  void aLongEnumerationIsStillCounted() {
    List<String> towns = new java.util.ArrayList<>();
    for (int i = 0; i < 29; i++) {
      towns.add("Saint-Martin-de-la-Grande-Vallée-" + (char) ('A' + i % 26) + (char) ('a' + i / 26));
    }
    String list = String.join(", ", towns.subList(0, 28)) + " et " + towns.get(28);
    assertTrue(list.length() > 1_000 && list.length() < CountMismatchCheck.MAX_LIST);
    String text = "Le plan concerne 30 communes : " + list + ".\n";
    List<org.figlint.report.Finding> found = LINTER.check(List.of(
        LINTER.analyse(DocumentLoader.fromText(text, "communes.txt"), null)));
    assertEquals(List.of("count-mismatch"), rules(found), found.toString());
    assertTrue(found.get(0).message().contains("29"), found.get(0).message());
  }

  @Test
  void allocationIsCountedOnThisJvm() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assertTrue(threads.isThreadAllocatedMemorySupported());
    assertTrue(threads.isThreadAllocatedMemoryEnabled());
  }

  @TestFactory
  Stream<DynamicTest> doublingTheSentenceDoublesTheWork() {
    return PIECES.stream().map(p -> DynamicTest.dynamicTest(p.name(),
        () -> Allocation.assertLinear(copies -> work(p, copies), COPIES)));
  }
}
