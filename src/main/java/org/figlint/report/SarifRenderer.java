package org.figlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * SARIF 2.1.0, one run, for code-scanning services and editors. Every finding is a result;
 * suppressed ones carry an in-source suppression. Columns are UTF-16 units, as figlint counts.
 */
final class SarifRenderer implements Renderer {

  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/figlint/figlint";
  static final String FINGERPRINT = "figlintFingerprint/v1";

  @Override
  public void render(Report report, SourceText sources, Writer out) throws IOException {
    ObjectNode root = Json.object().put("$schema", SCHEMA).put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver")
        .put("name", "figlint")
        .put("version", report.toolVersion())
        .put("informationUri", INFORMATION_URI);
    ArrayNode rules = driver.putArray("rules");
    for (RuleDescriptor rule : report.rules()) {
      rules.add(rule(rule));
    }
    ArrayNode artifacts = run.putArray("artifacts");
    for (String file : report.files()) {
      artifacts.addObject().putObject("location").put("uri", Uris.of(file));
    }
    ArrayNode results = run.putArray("results");
    Map<String, Integer> occurrences = new HashMap<>();
    for (Finding finding : report.findings()) {
      results.add(result(report, finding, occurrences));
    }
    run.put("columnKind", "utf16CodeUnits");
    Json.write(root, out);
  }

  private static ObjectNode rule(RuleDescriptor rule) {
    ObjectNode node = Json.object().put("id", rule.id()).put("name", pascalCase(rule.id()));
    if (rule.summary() != null) {
      node.set("shortDescription", Json.text(rule.summary()));
    }
    if (rule.description() != null) {
      node.set("fullDescription", Json.text(rule.description()));
    }
    node.putObject("defaultConfiguration").put("level", level(rule.severity()));
    return node;
  }

  private static ObjectNode result(
      Report report, Finding finding, Map<String, Integer> occurrences) {
    ObjectNode node = Json.object().put("ruleId", finding.ruleId());
    OptionalInt index = report.ruleIndex(finding.ruleId());
    if (index.isPresent()) {
      node.put("ruleIndex", index.getAsInt());
    }
    node.put("level", level(finding.severity()));
    node.set("message", Json.text(finding.message()));
    node.putArray("locations").addObject()
        .set("physicalLocation", physical(report.files(), finding.location()));
    if (!finding.related().isEmpty()) {
      ArrayNode related = node.putArray("relatedLocations");
      int id = 1;
      for (Location location : finding.related()) {
        ObjectNode item = related.addObject().put("id", id++);
        item.set("physicalLocation", physical(report.files(), location));
        if (location.message() != null) {
          item.set("message", Json.text(location.message()));
        }
      }
    }
    String hash = fingerprint(finding);
    int occurrence = occurrences.merge(hash, 1, Integer::sum);
    node.putObject("partialFingerprints").put(FINGERPRINT, hash + ":" + occurrence);
    ArrayNode suppressions = node.putArray("suppressions");
    if (finding.suppressed()) {
      suppressions.addObject().put("kind", "inSource");
    }
    return node;
  }

  private static ObjectNode physical(List<String> files, Location at) {
    ObjectNode node = Json.object();
    ObjectNode artifact = node.putObject("artifactLocation").put("uri", Uris.of(at.file()));
    int index = files.indexOf(at.file());
    if (index >= 0) {
      artifact.put("index", index);
    }
    ObjectNode region = node.putObject("region")
        .put("startLine", at.startLine())
        .put("startColumn", at.startColumn())
        .put("endLine", at.endLine())
        .put("endColumn", at.endColumn());
    if (at.snippet() != null) {
      region.set("snippet", Json.text(at.snippet()));
    }
    return node;
  }

  /**
   * A hash of what the finding is about, not where: rule, file, flagged text and message. It
   * stays the same when lines are added above; the occurrence number set after it tells apart
   * identical findings in one file.
   */
  static String fingerprint(Finding finding) {
    Location at = finding.location();
    String key = String.join("\0",
        finding.ruleId(), at.file(), at.snippet() == null ? "" : at.snippet(), finding.message());
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** {@code money-consistency} becomes {@code MoneyConsistency}, as SARIF rule names read. */
  private static String pascalCase(String id) {
    var name = new StringBuilder();
    for (String part : id.split("[^\\p{Alnum}]+")) {
      if (!part.isEmpty()) {
        name.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return name.toString();
  }
}
