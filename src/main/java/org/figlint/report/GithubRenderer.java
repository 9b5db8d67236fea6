package org.figlint.report;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, which the runner turns into annotations on the lines of a
 * pull request: one line per finding not suppressed,
 * {@code ::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE}, with
 * {@code ::warning} for warnings and {@code ::notice} for infos. Related locations follow the
 * message as {@code note:} lines.
 *
 * <p>GitHub's end column is inclusive (figlint's is exclusive), and columns are only sent for a
 * span on one line, as GitHub requires. Values are escaped as the Actions toolkit does:
 * {@code %}, CR and LF in the message; those and {@code :} and {@code ,} in properties.
 */
final class GithubRenderer implements Renderer {

  @Override
  public void render(Report report, SourceText sources, Writer out) throws IOException {
    for (Finding finding : report.problems()) {
      Location at = finding.location();
      boolean oneLine = at.startLine() == at.endLine();
      StringBuilder line = new StringBuilder("::").append(command(finding.severity()))
          .append(" file=").append(property(at.file()))
          .append(",line=").append(at.startLine());
      if (oneLine) {
        line.append(",col=").append(at.startColumn());
      }
      line.append(",endLine=").append(at.endLine());
      if (oneLine) {
        line.append(",endColumn=").append(Math.max(at.startColumn(), at.endColumn() - 1));
      }
      line.append(",title=").append(property(finding.ruleId()))
          .append("::").append(data(Notes.messageWithNotes(finding)));
      out.write(line.append('\n').toString());
    }
    out.flush();
  }

  private static String command(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a message, as the Actions toolkit's {@code escapeData}. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, as the Actions toolkit's {@code escapeProperty}. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
