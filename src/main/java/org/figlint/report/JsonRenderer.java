package org.figlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * figlint's own JSON: every finding, suppressed ones included and marked, with its related
 * locations, then counts of the findings not suppressed. Keys always come in the same order.
 */
final class JsonRenderer implements Renderer {

  @Override
  public void render(Report report, SourceText sources, Writer out) throws IOException {
    Json.write(tree(report), out);
  }

  /** The report as a JSON tree. */
  static ObjectNode tree(Report report) {
    ObjectNode root = Json.object().put("version", report.toolVersion());
    ArrayNode findings = root.putArray("findings");
    for (Finding finding : report.findings()) {
      ObjectNode node =
          findings.addObject()
              .put("ruleId", finding.ruleId())
              .put("severity", finding.severity().id())
              .put("message", finding.message());
      span(node, finding.location());
      node.put("suppressed", finding.suppressed());
      ArrayNode related = node.putArray("related");
      for (Location location : finding.related()) {
        span(related.addObject(), location).put("message", location.message());
      }
    }
    root.putObject("summary")
        .put("errors", report.count(Severity.ERROR))
        .put("warnings", report.count(Severity.WARNING))
        .put("infos", report.count(Severity.INFO))
        .put("files", report.files().size());
    return root;
  }

  private static ObjectNode span(ObjectNode node, Location at) {
    return node.put("file", at.file())
        .put("line", at.startLine())
        .put("column", at.startColumn())
        .put("endLine", at.endLine())
        .put("endColumn", at.endColumn())
        .put("snippet", at.snippet());
  }
}
