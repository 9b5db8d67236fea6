package org.figlint.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.figlint.report.Renderers;
import org.figlint.report.ReviewJson;
import org.figlint.review.Review;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.figlint.rule.ExchangeRates;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Timeout;

/**
 * The HTML report of any text (two documents, so that the timeline and the comparisons across
 * documents have something to show): the page keeps its three scripts whatever the texts hold,
 * its data block is JSON with no {@code <}, and it carries the texts and the mentions of the
 * review as they are.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HtmlReportFuzzTest {
  private static final Reviewer REVIEWER = new Reviewer(Reviewer.bundled().rules(),
      ExchangeRates.bundled(), Locale.FRENCH, LocalDate.of(2025, 3, 10), null);
  private static final String[] PATHS = {"a.txt", "b.md", "c.html"};
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @FuzzTest
  void htmlReport(FuzzedDataProvider data) throws IOException {
    String first = data.consumeBoolean() ? Fragments.text(data, 2_000)
        : data.consumeString(2_000);
    String firstPath = PATHS[data.consumeInt(0, PATHS.length - 1)];
    String second = data.consumeBoolean() ? Fragments.text(data, 2_000)
        : data.consumeRemainingAsString();
    Review review = REVIEWER.review(List.of(Source.of("1-" + firstPath, first),
        Source.of("2-" + PATHS[second.length() % PATHS.length], second)));
    StringWriter out = new StringWriter();
    Renderers.byName("html").render(review.report(), review.sources(), review.texts(), out);
    Document page = Jsoup.parse(out.toString());
    assertEquals(3, page.select("script").size(), "the texts closed or opened a script");
    Element block = page.getElementById("figlint-data");
    assertNotNull(block);
    String json = block.data();
    assertFalse(json.contains("<") || json.contains("\u2028") || json.contains("\u2029"));
    JsonNode written = MAPPER.readTree(json);
    JsonNode whole = ReviewJson.of(review.report(), review.shown(), true);
    assertEquals(whole.path("mentions"), written.path("mentions"));
    assertEquals(whole.path("documents"), written.path("documents"));
    assertEquals(whole.path("findings"), written.path("findings"));
    assertEquals(review.shown().size(), page.select("article.doc").size());
  }
}
