package org.figlint.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.figlint.review.Review;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;

/**
 * HTML reports of real lint runs over the documents of {@code src/test/resources/web/}: a
 * Markdown agenda with a weekday error (and a second one suppressed), two articles that give
 * VivaTech different dates, a clean article, and one whose text holds {@code </script>} and
 * {@code <!--}.
 */
public final class HtmlReports {
  public static final List<String> ALL = List.of(
      "agenda.md", "balises.txt", "propre.txt", "vivatech-juin.txt", "vivatech-mai.txt");

  private HtmlReports() {}

  public static Review review(List<String> names) {
    List<Source> sources = new ArrayList<>();
    for (String name : names) {
      sources.add(Source.of(name, resource(name)));
    }
    return Reviewer.bundled().review(sources);
  }

  public static String render(Review review) {
    StringWriter out = new StringWriter();
    try {
      Renderers.byName("html").render(review.report(), review.sources(), review.texts(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  public static String resource(String name) {
    try (InputStream in = HtmlReports.class.getResourceAsStream("/web/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
