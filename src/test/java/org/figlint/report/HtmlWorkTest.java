package org.figlint.report;

import java.util.List;
import java.util.function.IntFunction;
import org.figlint.Allocation;
import org.figlint.review.Review;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of a document costs work in proportion to it, however many figures and
 * findings it holds: rendering n, 2n and 4n copies allocates memory that grows linearly. The
 * report made the line map of the whole text again for every figure, finding and mark, and read
 * a finding's whole line to place its message: 1 MB of short lines took more than two minutes,
 * a line of 1 MB with 20,000 findings 52 s.
 */
class HtmlWorkTest {
  private static final int COPIES = 1_000;

  /** Bytes this thread allocates to render the HTML report of {@code text}. */
  private static long rendering(String text) {
    Review review = Reviewer.bundled().review(List.of(Source.of("long.txt", text)));
    return Allocation.by(() -> HtmlReports.render(review));
  }

  private static void assertLinear(IntFunction<String> text) {
    Allocation.assertLinear(n -> rendering(text.apply(n)), COPIES);
  }

  @Test
  void manyLinesWithAFigureEach() {
    assertLinear(n -> "12 %\n".repeat(n));
  }

  @Test
  void manyFindingsOnOneLine() {
    assertLinear(n -> "Macron Macrom Emmanuel Makron ".repeat(n));
  }
}
