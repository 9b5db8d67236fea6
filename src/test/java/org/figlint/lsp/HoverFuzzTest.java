package org.figlint.lsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.figlint.claim.AnalysedDocument;
import org.figlint.fuzz.Fragments;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.figlint.rule.ExchangeRates;
import org.junit.jupiter.api.Timeout;

/**
 * The editor's hover at any position of any text (plain, Markdown or HTML; line breaks of every
 * kind; positions past the ends): it never fails, and a hover covers the position asked, inside
 * the text, with its figure's value in Markdown.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HoverFuzzTest {
  private static final Reviewer REVIEWER = new Reviewer(Reviewer.bundled().rules(),
      ExchangeRates.bundled(), Locale.FRENCH, LocalDate.of(2025, 3, 10), null);
  private static final ExchangeRates RATES = ExchangeRates.bundled();
  private static final String[] PATHS = {"a.txt", "a.md", "a.html"};

  @FuzzTest
  void hover(FuzzedDataProvider data) {
    String path = PATHS[data.consumeInt(0, PATHS.length - 1)];
    int line = data.consumeInt(0, 40);
    int character = data.consumeInt(0, 120);
    Locale locale = data.consumeBoolean() ? Locale.FRENCH : Locale.ENGLISH;
    String text = data.consumeBoolean() ? Fragments.text(data, 3_000)
        : data.consumeRemainingAsString();
    AnalysedDocument doc = REVIEWER.review(Source.of(path, text)).documents().get(0);
    Position at = new Position(line, character);
    Optional<Hover> hover = Hovers.at(doc, at, RATES, locale);
    if (hover.isEmpty()) {
      return;
    }
    Range range = hover.get().getRange();
    int offset = DocumentStore.offset(text, at);
    int start = DocumentStore.offset(text, range.getStart());
    int end = DocumentStore.offset(text, range.getEnd());
    assertTrue(0 <= start && start <= offset && offset <= end && end <= text.length(),
        () -> range + " for " + at + " (offset " + offset + ")");
    assertFalse(hover.get().getContents().getRight().getValue().isBlank());
  }
}
