package org.figlint.claim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.figlint.check.Linter;
import org.figlint.claim.AnalysedDocument.PredicateOccurrence;
import org.figlint.document.DocumentLoader;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.junit.jupiter.api.Test;

/**
 * What binds a figure to its clause is looked up, not scanned for: the clause of an offset and
 * the predicate term nearest to a figure by binary search, the entities of a clause once for all
 * its figures. Each gives what a scan of the whole sentence gives.
 */
class ClauseLookupsTest {

  @Test
  void theClauseOfAnOffsetIsTheOneAScanFinds() {
    Random random = new Random(3);
    for (int round = 0; round < 2_000; round++) {
      int start = random.nextInt(50);
      List<int[]> clauses = new ArrayList<>();
      int at = start;
      int count = random.nextInt(12);
      for (int i = 0; i < count; i++) {
        int next = at + 1 + random.nextInt(20);
        clauses.add(new int[] {at, next});
        at = next;
      }
      int end = at + random.nextInt(5);
      Sentence s = new Sentence(start, end, clauses);
      for (int offset = start - 2; offset <= end + 2; offset++) {
        int[] expected = new int[] {start, end};
        for (int[] c : clauses) {
          if (offset >= c[0] && offset < c[1]) {
            expected = c;
            break;
          }
        }
        assertArrayEquals(expected, s.clauseOf(offset), "offset " + offset);
      }
    }
  }

  /**
   * Occurrences as the text gives them: in order, disjoint, or sharing one span when one term
   * belongs to several predicates; figures anywhere, over them or between them.
   */
  @Test
  void theNearestTermIsTheOneAScanFinds() {
    Random random = new Random(5);
    for (int round = 0; round < 5_000; round++) {
      List<PredicateOccurrence> terms = new ArrayList<>();
      int at = random.nextInt(10);
      int count = random.nextInt(8);
      for (int i = 0; i < count; i++) {
        int start = at + random.nextInt(15);
        int end = start + 1 + random.nextInt(10);
        int copies = 1 + (random.nextInt(4) == 0 ? random.nextInt(3) : 0);
        for (int c = 0; c < copies; c++) {
          terms.add(new PredicateOccurrence(null, start, end));
        }
        at = end;
      }
      for (int trial = 0; trial < 10; trial++) {
        int start = random.nextInt(at + 15);
        int end = start + 1 + random.nextInt(12);
        assertSame(scan(terms, start, end), AnalysedDocument.nearest(terms, start, end),
            () -> "figure " + start + "-" + end + " among " + terms);
      }
    }
  }

  /** The nearest term as the scan before the binary search found it: the earlier on a tie. */
  private static PredicateOccurrence scan(List<PredicateOccurrence> terms, int start, int end) {
    PredicateOccurrence best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PredicateOccurrence p : terms) {
      int distance = p.end() <= start ? start - p.end() : p.start() >= end ? p.start() - end : 0;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = p;
      }
    }
    return best;
  }

  @Test
  void theFiguresOfAClauseShareItsEntitiesAndSubject() {
    Linter linter = new Linter(
        new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled(),
        ExchangeRates.bundled(), Locale.FRENCH);
    String text = "Apple a levé 15 millions d’euros, 20 millions d’euros et 30 millions "
        + "d’euros ; Microsoft a investi 5 millions d’euros et 6 millions d’euros.";
    AnalysedDocument doc = linter.analyse(DocumentLoader.fromText(text, "a.txt"), null);
    List<Claim> claims = doc.claims();
    assertEquals(5, claims.size());
    assertEquals(List.of("Apple"), List.copyOf(claims.get(0).subject()));
    assertEquals(List.of("Microsoft"), List.copyOf(claims.get(3).subject()));
    for (int i = 1; i < 3; i++) {
      assertSame(claims.get(0).entities(), claims.get(i).entities());
      assertSame(claims.get(0).subject(), claims.get(i).subject());
      assertSame(claims.get(0).subjectKinds(), claims.get(i).subjectKinds());
    }
    assertSame(claims.get(3).subject(), claims.get(4).subject());
  }

  /**
   * Whether a sentence holds a figure is decided once, by a cursor over the mentions: a sentence
   * is split into clauses and searched for entities exactly when a mention starts in it, wherever
   * the mention lies (first word, last word, after sentences without one) and however the
   * sentences are separated.
   */
  @Test
  void exactlyTheSentencesWithAFigureAreSplitAndSearched() {
    Linter linter = new Linter(
        new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled(),
        ExchangeRates.bundled(), Locale.FRENCH);
    String[] pieces = {
      "15 % des salariés, qui travaillent à Lyon ; les autres non.",
      "Apple a levé 15 millions d’euros, mais Microsoft qui hésite ; rien de plus.",
      "Le patron, qui parle peu ; puis il se tait, mais sourit.",
      "Le total atteint 12 millions.",
      "Apple, qui a investi 30 millions d’euros en 2023, attend.",
      "Sans chiffre ici, mais avec des liens ; et encore.",
      "Il a dit (entre deux réunions) que Apple paierait 4 millions d’euros.",
    };
    String[] gaps = {" ", "\n", "\n\n", "  \n "};
    Random random = new Random(11);
    int split = 0;
    int searched = 0;
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          text.append(gaps[random.nextInt(gaps.length)]);
        }
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      AnalysedDocument doc = linter.analyse(DocumentLoader.fromText(text.toString(), "a.txt"), null);
      String analysed = doc.text();
      for (Sentence s : doc.sentences()) {
        boolean figure = doc.mentions().stream()
            .anyMatch(m -> m.start() >= s.start() && m.start() < s.end());
        List<int[]> expected = figure ? Segmenter.clauses(analysed, s.start(), s.end())
            : List.of(new int[] {s.start(), s.end()});
        assertEquals(expected.size(), s.clauses().size(), analysed.substring(s.start(), s.end()));
        for (int c = 0; c < expected.size(); c++) {
          assertArrayEquals(expected.get(c), s.clauses().get(c));
        }
        split += s.clauses().size() > 1 ? 1 : 0;
      }
      for (Claim claim : doc.claims()) {
        Sentence s = doc.sentences().get(claim.sentence());
        int[] clause = s.clauseOf(claim.mention().start());
        if (analysed.substring(clause[0], clause[1]).contains("Apple")) {
          assertTrue(claim.entities().contains("Apple"), claim.text() + " in " + analysed);
          searched++;
        }
      }
    }
    // The pieces do what they are for: clauses split, entities bound.
    assertTrue(split > 300, "sentences split: " + split);
    assertTrue(searched > 300, "claims bound to Apple: " + searched);
  }
  /**
   * The entities a sentence names are found once and shared: with a figure or without, each
   * sentence's are what the rules' index finds in its words, and the places of a sentence give
   * the currencies the index gives for its words.
   */
  @Test
  void theSharedEntitiesOfASentenceAreTheOnesTheIndexFinds() {
    org.figlint.rule.RuleSet rules =
        new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled();
    Linter linter = new Linter(rules, ExchangeRates.bundled(), Locale.FRENCH);
    String text = "Selon Le Monde, Apple a levé 15 millions de dollars au Canada.\n"
        + "Microsoft investit à Ottawa et au Royaume-Uni, d'après l'AFP.\n"
        + "Le mistral souffle sur l’OpenAI : 20 livres (23 euros) en Égypte.";
    AnalysedDocument doc = linter.analyse(DocumentLoader.fromText(text, "a.txt"), null);
    org.figlint.rule.RuleIndex index = Lexicon.of(rules).index();
    int named = 0;
    for (int si = 0; si < doc.sentences().size(); si++) {
      List<org.figlint.rule.RuleIndex.EntityMatch> fresh = index.entitiesIn(doc.sentenceWords(si));
      assertEquals(fresh, doc.entityMatches(si));
      assertSame(doc.entityMatches(si), doc.entityMatches(si));
      assertEquals(index.placeCurrencies(doc.sentenceWords(si)),
          org.figlint.rule.RuleIndex.placeCurrencies(doc.entityMatches(si)));
      named += fresh.size();
    }
    assertTrue(named >= 6, "entities named: " + named);
  }
}
