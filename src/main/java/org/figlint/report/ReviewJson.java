package org.figlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.figlint.parse.Mention;

/**
 * The JSON that review tools read (the HTTP API, the review page, the HTML report): the
 * {@code --format json} report (version, findings, summary), the rules that ran, every mention as
 * {@code figlint extract} prints it, and, when asked, each document's original text and date.
 * Lines and columns are 1-based, columns in UTF-16 code units, so a script finds a span in the
 * text with plain string indices.
 */
public final class ReviewJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ReviewJson() {}

  /** The review of {@code documents}; {@code withTexts} adds a {@code documents} array. */
  public static ObjectNode of(Report report, List<ShownDocument> documents, boolean withTexts) {
    return of(report, documents, withTexts, true);
  }

  /**
   * The review of {@code documents}, whose {@code mentions} array is left empty unless {@code
   * withMentions}: a caller that writes them one document at a time ({@link #mentions}) puts
   * them there, in the same place, without holding them all.
   */
  static ObjectNode of(Report report, List<ShownDocument> documents, boolean withTexts,
      boolean withMentions) {
    ObjectNode root = JsonRenderer.tree(report);
    ArrayNode rules = root.putArray("rules");
    for (RuleDescriptor rule : report.rules()) {
      rules.addObject()
          .put("id", rule.id())
          .put("severity", rule.severity().id())
          .put("summary", rule.summary())
          .put("description", rule.description());
    }
    ArrayNode mentions = root.putArray("mentions");
    if (withMentions) {
      for (ShownDocument doc : documents) {
        mentions.addAll(mentions(doc));
      }
    }
    if (withTexts) {
      ArrayNode docs = root.putArray("documents");
      for (ShownDocument doc : documents) {
        docs.addObject()
            .put("file", doc.path())
            .put("date", doc.document().date() == null ? null : doc.document().date().toString())
            .put("title", doc.document().title())
            .put("text", doc.document().text());
      }
    }
    return root;
  }

  /** The mentions of one document, as the {@code mentions} array gives them. */
  static List<ObjectNode> mentions(ShownDocument doc) {
    MentionJson json = new MentionJson(MAPPER);
    // One line map per document: one per mention took time in the product of the two.
    org.figlint.document.LineMap lines = doc.document().lines();
    List<ObjectNode> out = new java.util.ArrayList<>(doc.mentions().size());
    for (Mention m : doc.mentions()) {
      out.add(json.toJson(doc.document(), lines, m));
    }
    return out;
  }

  /** Writes a tree as the json renderer does (two-space indentation, LF). */
  public static void write(JsonNode tree, Writer out) throws IOException {
    Json.write(tree, out);
  }
}
