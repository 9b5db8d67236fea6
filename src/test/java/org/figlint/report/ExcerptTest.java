package org.figlint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExcerptTest {

  @Test
  void aLineOfUpToTheWidthIsShownWhole() {
    String line = "x".repeat(Excerpt.WIDTH - 10) + " 12 % ";
    Excerpt e = Excerpt.of(line, Excerpt.WIDTH - 8, Excerpt.WIDTH - 4);
    assertEquals(line, e.text());
    assertEquals(Caret.under(line, Excerpt.WIDTH - 8, Excerpt.WIDTH - 4), e.caret());
  }

  @Test
  void aLongLineIsCutAroundTheSpanAtSpaces() {
    String before = "Le groupe a annoncé une hausse de son chiffre d’affaires. ".repeat(20);
    String after = " sur un an, selon son rapport annuel publié mardi. ".repeat(20);
    String line = before + "12 %" + after;
    int column = before.length() + 1;
    Excerpt e = Excerpt.of(line, column, column + 4);
    assertTrue(e.text().startsWith("…"), e.text());
    assertTrue(e.text().endsWith("…"), e.text());
    String inner = e.text().substring(1, e.text().length() - 1);
    assertTrue(line.contains(inner));
    assertTrue(line.charAt(line.indexOf(inner) - 1) == ' ', "cut after a space: " + inner);
    assertTrue(line.charAt(line.indexOf(inner) + inner.length()) == ' ', "cut at a space");
    assertTrue(inner.length() <= Excerpt.WIDTH, inner);
    assertUnder(e, "12 %");
  }

  @Test
  void aSpanNearEitherEndKeepsThatEnd() {
    String line = "3 M€ " + "texte ".repeat(100) + "fin 12 %";
    Excerpt first = Excerpt.of(line, 1, 5);
    assertFalse(first.text().startsWith("…"));
    assertTrue(first.text().endsWith("…"));
    assertEquals("^^^^", first.caret());
    Excerpt last = Excerpt.of(line, line.length() - 3, line.length() + 1);
    assertTrue(last.text().startsWith("…"));
    assertTrue(last.text().endsWith("fin 12 %"), last.text());
    assertUnder(last, "12 %");
  }

  @Test
  void aSpanLongerThanTheWidthIsUnderlinedToTheCut() {
    String line = "début " + "a".repeat(1000) + " fin";
    Excerpt e = Excerpt.of(line, 7, 1007);
    assertTrue(e.text().endsWith("…"));
    int carets = e.caret().length() - e.caret().indexOf('^');
    assertEquals(e.text().length() - 1 - e.caret().indexOf('^'), carets);
    Excerpt multiLine = Excerpt.of(line, 7, Integer.MAX_VALUE);
    assertEquals(e, multiLine);
  }

  @Test
  void noCutSplitsASurrogatePair() {
    String line = "📈".repeat(300) + " 12 % " + "📉".repeat(300);
    int column = 601 + 1;
    Excerpt e = Excerpt.of(line, column, column + 4);
    assertWellFormed(e.text());
    assertTrue(e.text().contains(" 12 % "));
  }

  /**
   * Whatever the line and the span: the text shown is a run of the line (with "…" where cut),
   * at most {@link Excerpt#WIDTH} units of it, well formed, and the carets stand under the span.
   */
  @Test
  void randomLinesAndSpans() {
    Random random = new Random(7);
    String[] pieces = {"a", "é", " ", "12", "%", "📈", "\t", "e\u0301", "€", "«", " »"};
    for (int round = 0; round < 3_000; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(round % 10 == 0 ? 5_000 : 600);
      while (sb.length() < length) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String line = sb.toString();
      int start = random.nextInt(line.length() + 1);
      if (start > 0 && start < line.length() && Character.isLowSurrogate(line.charAt(start))) {
        start--;
      }
      int end = Math.min(line.length(), start + random.nextInt(300));
      if (end < line.length() && end > 0 && Character.isLowSurrogate(line.charAt(end))) {
        end++;
      }
      Excerpt e = Excerpt.of(line, start + 1, end + 1);
      String inner = e.text();
      int shownFrom = 0;
      if (inner.startsWith("…") && line.length() > Excerpt.WIDTH) {
        inner = inner.substring(1);
        shownFrom = -1;
      }
      if (inner.endsWith("…") && line.length() > Excerpt.WIDTH) {
        inner = inner.substring(0, inner.length() - 1);
      }
      assertTrue(inner.length() <= Excerpt.WIDTH, line);
      assertWellFormed(e.text());
      int earliest = Math.min(start - Excerpt.BEFORE, line.length() - Excerpt.WIDTH) - 2;
      int at = shownFrom == 0 ? 0 : line.indexOf(inner, Math.max(0, earliest));
      assertTrue(at >= 0 && line.startsWith(inner, at), line);
      assertTrue(at <= start && start <= at + inner.length(), "the span's start is shown");
      String prefix = (shownFrom == 0 ? "" : "…") + line.substring(at, start);
      int spanShown = Math.min(end, at + inner.length()) - start;
      String expected = Caret.under(prefix + line.substring(start, start + spanShown),
          prefix.length() + 1, prefix.length() + 1 + spanShown);
      assertEquals(expected, e.caret(), line);
    }
  }

  @Test
  void findingsOnOneLongLineCostTheReportALineEach() throws IOException {
    String line = "Emmanuel Makron a dit 12 % et 15 millions d’euros. ".repeat(4_000);
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      int column = 1 + i * 100;
      findings.add(new Finding("name-variant", Severity.INFO, "nom",
          new Location("long.txt", 1, column, 1, column + 15, null, null), List.of(), false));
    }
    var report = new Report(findings, List.of(), "1", List.of("long.txt"));
    var out = new StringWriter();
    Renderers.byName("text", Locale.FRENCH)
        .render(report, SourceText.of(Map.of("long.txt", line)), out);
    List<String> lines = out.toString().lines().toList();
    assertEquals(2_000 * 3 + 1, lines.size());
    for (String printed : lines) {
      assertTrue(printed.length() <= Excerpt.WIDTH + 80, printed);
    }
  }

  /** The carets of {@code e} stand under {@code span}, which its text shows once. */
  private static void assertUnder(Excerpt e, String span) {
    int at = e.text().indexOf(span);
    assertTrue(at >= 0, e.text());
    assertEquals(" ".repeat(at) + "^".repeat(span.length()), e.caret());
  }

  private static void assertWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)), text);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), text);
      }
    }
  }
}
