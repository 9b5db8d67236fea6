package org.figlint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import org.figlint.document.Printable;

/**
 * Plain text for people and editors: one {@code file:line:column: severity: message [rule]}
 * header per finding not suppressed, the source line (around the span when it is long, see
 * {@link Excerpt}) with carets under the span, one note per related location, and a summary
 * line.
 */
final class TextRenderer implements Renderer {

  private final Messages messages;

  TextRenderer(Locale locale) {
    this.messages = new Messages(locale);
  }

  @Override
  public boolean showsSourceLines() {
    return true;
  }

  @Override
  public void render(Report report, SourceText sources, Writer out) throws IOException {
    for (Finding finding : report.problems()) {
      Location at = finding.location();
      // What comes from the documents (paths, quoted figures, lines) is printed with its control
      // characters made visible.
      out.write(Printable.visible(position(at) + ": " + finding.severity().id() + ": "
          + finding.message() + " [" + finding.ruleId() + "]") + "\n");
      Optional<String> line = sources.line(at.file(), at.startLine());
      if (line.isPresent()) {
        int end = at.endLine() == at.startLine() ? at.endColumn() : Integer.MAX_VALUE;
        Excerpt excerpt = Excerpt.of(line.get(), at.startColumn(), end);
        out.write(Printable.visible(excerpt.text()) + "\n");
        out.write(excerpt.caret() + "\n");
      }
      for (Location related : finding.related()) {
        String message = related.message() == null ? "" : ": " + related.message();
        out.write(Printable.visible("  note: " + position(related) + message) + "\n");
      }
    }
    out.write(summary(report) + "\n");
    out.flush();
  }

  private String summary(Report report) {
    int files = report.files().size();
    int problems = report.problems().size();
    if (problems == 0) {
      return messages.format("summary.none", files);
    }
    return messages.format(
        "summary",
        problems,
        report.count(Severity.ERROR),
        report.count(Severity.WARNING),
        report.count(Severity.INFO),
        files);
  }

  private static String position(Location at) {
    return at.file() + ":" + at.startLine() + ":" + at.startColumn();
  }
}
