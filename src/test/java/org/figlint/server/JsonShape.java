package org.figlint.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Compares the shape of two JSON trees: every key of the expected tree is in the actual one,
 * with the same JSON type (object, array, string, number, boolean, null), recursively, and each
 * element of an actual array has the shape of the expected array's first element (an empty
 * actual array has nothing to compare: callers check that the arrays they care about are
 * filled).
 */
final class JsonShape {
  private JsonShape() {}

  /** The differences, as {@code path: what}; empty when the actual tree has the shape. */
  static List<String> differences(JsonNode expected, JsonNode actual) {
    List<String> out = new ArrayList<>();
    compare("$", expected, actual, out);
    return out;
  }

  private static void compare(String path, JsonNode expected, JsonNode actual, List<String> out) {
    if (actual == null || actual.isMissingNode()) {
      out.add(path + ": missing");
      return;
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      out.add(path + ": " + actual.getNodeType() + " instead of " + expected.getNodeType());
      return;
    }
    if (expected.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        compare(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()), out);
      }
    } else if (expected.isArray() && expected.size() > 0) {
      for (int i = 0; i < actual.size(); i++) {
        compare(path + "[" + i + "]", expected.get(0), actual.get(i), out);
      }
    }
  }
}
