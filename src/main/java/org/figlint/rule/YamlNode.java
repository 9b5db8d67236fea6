package org.figlint.rule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the position it was read at: the small tree the rule loader validates, so
 * that every error can name its file, line and column.
 */
sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.Scalar {

  String file();

  int line();

  int column();

  /** A short name of the node's type for messages ("a mapping", "a list", "a number"...). */
  String describe();

  /** A mapping; keys keep their own positions. */
  record MapNode(String file, int line, int column, LinkedHashMap<String, Entry> entries)
      implements YamlNode {
    @Override
    public String describe() {
      return "a mapping";
    }

    Map<String, Entry> map() {
      return entries;
    }
  }

  /** One key of a mapping, with the key's position, and its value. */
  record Entry(String key, int line, int column, YamlNode value) {}

  /** A sequence. */
  record ListNode(String file, int line, int column, List<YamlNode> items) implements YamlNode {
    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A scalar: its text and what YAML made of it. */
  record Scalar(String file, int line, int column, String text, Type type) implements YamlNode {
    enum Type { STRING, INT, DECIMAL, BOOLEAN, NULL }

    @Override
    public String describe() {
      return switch (type) {
        case STRING -> "a text";
        case INT -> "a whole number";
        case DECIMAL -> "a decimal number";
        case BOOLEAN -> "true or false";
        case NULL -> "empty";
      };
    }

    boolean isNull() {
      return type == Type.NULL;
    }
  }
}
