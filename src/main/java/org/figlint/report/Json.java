package org.figlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * The JSON writing shared by the json and sarif renderers: trees built in key order, two-space
 * indentation, {@code "key": value}, LF line ends whatever the platform.
 */
final class Json {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static final ObjectWriter WRITER = MAPPER.writer(printer());

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** An object holding only {@code "text": text}, as SARIF messages and descriptions are. */
  static ObjectNode text(String text) {
    return object().put("text", text);
  }

  /** Writes {@code tree} and a final line break to {@code out}, leaving it open; flushes. */
  static void write(JsonNode tree, Writer out) throws IOException {
    WRITER.writeValue(out, tree);
    out.write('\n');
    out.flush();
  }

  /** The value of a field that {@link #write(ObjectNode, Map, Writer)} writes piece by piece. */
  @FunctionalInterface
  interface Part {
    void write(JsonGenerator out) throws IOException;
  }

  /**
   * Writes {@code tree} as {@link #write(JsonNode, Writer)} does, except the values of the
   * fields named in {@code parts}, which they write in their place: a large array need not be
   * held whole as a tree.
   */
  static void write(ObjectNode tree, Map<String, Part> parts, Writer out) throws IOException {
    try (JsonGenerator g = WRITER.createGenerator(out)) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> field : tree.properties()) {
        g.writeFieldName(field.getKey());
        Part part = parts.get(field.getKey());
        if (part == null) {
          g.writeTree(field.getValue());
        } else {
          part.write(g);
        }
      }
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static DefaultPrettyPrinter printer() {
    var separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    var indenter = new DefaultIndenter("  ", "\n");
    var printer = new DefaultPrettyPrinter(separators);
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    return printer;
  }
}
