package org.figlint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.figlint.claim.AnalysedDocument;
import org.figlint.document.Document;
import org.figlint.document.DocumentFormat;
import org.figlint.document.DocumentLoader;
import org.figlint.document.InputException;
import org.figlint.report.Finding;
import org.figlint.report.Location;
import org.figlint.review.Review;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.figlint.rule.ExchangeRates;
import org.junit.jupiter.api.Timeout;

/**
 * The whole pipeline (document formats, extraction, claims, every check, suppressions) on any
 * plain, Markdown or HTML text: no exception, no check that fails, and every finding and related
 * location inside the text, the primary one spanning its snippet.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReviewerFuzzTest {
  private static final Reviewer UNDATED = Reviewer.bundled();
  private static final Reviewer DATED = new Reviewer(UNDATED.rules(), ExchangeRates.bundled(),
      Locale.FRENCH, LocalDate.of(2025, 3, 10), null);
  private static final String[] PATHS = {"fuzz.txt", "fuzz.md", "fuzz.html"};

  /** A text in one of the three formats, made of figure fragments or taken as it is. */
  @FuzzTest
  void reviewText(FuzzedDataProvider data) {
    Reviewer reviewer = data.consumeBoolean() ? DATED : UNDATED;
    String path = PATHS[data.consumeInt(0, PATHS.length - 1)];
    String text = data.consumeBoolean() ? Fragments.text(data, 4_000)
        : data.consumeRemainingAsString();
    check(reviewer.review(Source.of(path, text)), path, text);
  }

  /** Bytes decoded as figlint lint decodes a file (BOM, UTF-16, bad UTF-8, NUL), then reviewed. */
  @FuzzTest
  void reviewBytes(byte[] bytes) {
    String path = PATHS[bytes.length % PATHS.length];
    Document doc;
    try {
      doc = new DocumentLoader().fromBytes(bytes, path);
    } catch (InputException e) {
      assertEquals(1, e.getMessage().lines().count(), e::getMessage);
      return;
    }
    String text = doc.text();
    check(DATED.review(new Source(path, text, DocumentFormat.of(path), null)), path, text);
  }

  private static void check(Review review, String path, String text) {
    assertEquals(List.of(), review.errors());
    for (AnalysedDocument d : review.documents()) {
      Spans.assertValid(d.text(), d.mentions());
    }
    List<Integer> starts = lineStarts(text);
    for (Finding f : review.findings()) {
      Location at = f.location();
      assertEquals(path, at.file(), f::toString);
      assertInside(text, starts, at, f);
      if (at.snippet() != null) {
        assertEquals(text.substring(offset(starts, at.startLine(), at.startColumn()),
            offset(starts, at.endLine(), at.endColumn())), at.snippet(), f::toString);
      }
      for (Location related : f.related()) {
        if (related.file().equals(path)) {
          assertInside(text, starts, related, f);
        }
      }
    }
  }

  private static void assertInside(String text, List<Integer> starts, Location at, Finding f) {
    int lines = starts.size();
    assertTrue(at.startLine() >= 1 && at.endLine() <= lines && at.startLine() <= at.endLine(),
        () -> "lines outside 1.." + lines + ": " + f);
    assertTrue(at.startColumn() >= 1
        && at.startColumn() <= lineLength(text, starts, at.startLine()) + 1
        && at.endColumn() >= 1 && at.endColumn() <= lineLength(text, starts, at.endLine()) + 1,
        () -> "columns outside their lines: " + f);
    assertTrue(at.startLine() < at.endLine() || at.startColumn() <= at.endColumn(),
        () -> "span ends before it starts: " + f);
  }

  /** Where each line starts; \n, \r\n and \r end lines. */
  private static List<Integer> lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        starts.add(i + 1);
      }
    }
    return starts;
  }

  private static int lineLength(String text, List<Integer> starts, int line) {
    int start = starts.get(line - 1);
    int end = line < starts.size() ? starts.get(line) : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end - start;
  }

  private static int offset(List<Integer> starts, int line, int column) {
    return starts.get(line - 1) + column - 1;
  }
}
