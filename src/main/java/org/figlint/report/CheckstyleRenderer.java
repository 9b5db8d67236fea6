package org.figlint.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.TreeMap;

/**
 * Checkstyle's XML report, which reviewdog, Jenkins (Warnings NG) and GitLab code-quality
 * converters read: one {@code <file>} per document checked, sorted, and in it one
 * {@code <error line column severity message source="figlint.RULE"/>} per finding not suppressed.
 * Related locations follow the message as {@code note:} lines.
 */
final class CheckstyleRenderer implements Renderer {

  /** The version of the Checkstyle format written, as other tools write it. */
  static final String FORMAT_VERSION = "4.3";

  @Override
  public void render(Report report, SourceText sources, Writer out) throws IOException {
    TreeMap<String, List<Finding>> byFile = FindingsByFile.of(report);
    out.write(Xml.DECLARATION);
    out.write("<checkstyle version=\"" + FORMAT_VERSION + "\">\n");
    for (var file : byFile.entrySet()) {
      if (file.getValue().isEmpty()) {
        out.write("  <file name=\"" + Xml.attribute(file.getKey()) + "\"/>\n");
        continue;
      }
      out.write("  <file name=\"" + Xml.attribute(file.getKey()) + "\">\n");
      for (Finding finding : file.getValue()) {
        Location at = finding.location();
        out.write("    <error line=\"" + at.startLine() + "\" column=\"" + at.startColumn()
            + "\" severity=\"" + finding.severity().id()
            + "\" message=\"" + Xml.attribute(Notes.messageWithNotes(finding))
            + "\" source=\"figlint." + Xml.attribute(finding.ruleId()) + "\"/>\n");
      }
      out.write("  </file>\n");
    }
    out.write("</checkstyle>\n");
    out.flush();
  }
}
