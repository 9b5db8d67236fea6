package org.figlint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeMap;

/**
 * JUnit XML, for CI services that show test reports (GitLab, Jenkins, Azure): one
 * {@code <testsuite name="figlint">} with one {@code <testcase classname="figlint" name=PATH>} per
 * document checked, sorted. Each finding not suppressed is a {@code <failure>} of its document,
 * its {@code message} the finding's message and its {@code type} the rule id, its text the
 * finding as the text format writes it; a document without one passes.
 */
final class JunitRenderer implements Renderer {

  @Override
  public void render(Report report, SourceText sources, Writer out) throws IOException {
    TreeMap<String, List<Finding>> byFile = FindingsByFile.of(report);
    long failing = byFile.values().stream().filter(f -> !f.isEmpty()).count();
    out.write(Xml.DECLARATION);
    out.write("<testsuite name=\"figlint\" tests=\"" + byFile.size() + "\" failures=\"" + failing
        + "\" errors=\"0\" skipped=\"0\">\n");
    for (var file : byFile.entrySet()) {
      String testcase = "  <testcase classname=\"figlint\" name=\"" + Xml.attribute(file.getKey())
          + "\"";
      if (file.getValue().isEmpty()) {
        out.write(testcase + "/>\n");
        continue;
      }
      out.write(testcase + ">\n");
      for (Finding finding : file.getValue()) {
        Location at = finding.location();
        String text = at.file() + ":" + at.startLine() + ":" + at.startColumn() + ": "
            + finding.severity().id() + ": " + finding.message() + " [" + finding.ruleId() + "]";
        for (String note : Notes.of(finding)) {
          text += "\n  " + note;
        }
        out.write("    <failure message=\"" + Xml.attribute(finding.message()) + "\" type=\""
            + Xml.attribute(finding.ruleId()) + "\">" + Xml.text(text) + "</failure>\n");
      }
      out.write("  </testcase>\n");
    }
    out.write("</testsuite>\n");
    out.flush();
  }
}
