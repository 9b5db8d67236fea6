package org.figlint.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the flat JSON that the archive writes: an object whose values are strings, numbers,
 * booleans or arrays of strings, or an array of strings. Written by hand because a look-up
 * decodes hundreds of rows in a process that has just started, where a general parser costs
 * several times more.
 */
final class FlatJson {
  private final String text;
  private int at;

  private FlatJson(String text) {
    this.text = text;
  }

  /**
   * The fields of an object, scalars as their text; the strings of its array (the archive
   * writes at most one) go to {@code array}.
   */
  static Map<String, String> object(String json, List<String> array) {
    FlatJson r = new FlatJson(json);
    Map<String, String> fields = new HashMap<>();
    r.expect('{');
    if (!r.next('}')) {
      do {
        String field = r.string();
        r.expect(':');
        if (r.peek() == '[') {
          array.addAll(r.strings());
        } else {
          fields.put(field, r.scalar());
        }
      } while (r.next(','));
      r.expect('}');
    }
    r.end();
    return fields;
  }

  static List<String> array(String json) {
    FlatJson r = new FlatJson(json);
    List<String> out = r.strings();
    r.end();
    return out;
  }

  private List<String> strings() {
    List<String> out = new ArrayList<>();
    expect('[');
    if (!next(']')) {
      do {
        out.add(string());
      } while (next(','));
      expect(']');
    }
    return out;
  }

  private String scalar() {
    if (peek() == '"') {
      return string();
    }
    int start = at;
    while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
      at++;
    }
    if (start == at) {
      throw bad();
    }
    return text.substring(start, at);
  }

  private String string() {
    expect('"');
    StringBuilder out = null;
    int start = at;
    while (at < text.length()) {
      char c = text.charAt(at);
      if (c == '"') {
        String s = out == null ? text.substring(start, at) : out.append(text, start, at).toString();
        at++;
        return s;
      }
      if (c != '\\') {
        at++;
        continue;
      }
      if (out == null) {
        out = new StringBuilder();
      }
      out.append(text, start, at);
      if (at + 1 >= text.length()) {
        throw bad();
      }
      char e = text.charAt(at + 1);
      at += 2;
      switch (e) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (at + 4 > text.length()) {
            throw bad();
          }
          out.append((char) Integer.parseInt(text, at, at + 4, 16));
          at += 4;
        }
        default -> out.append(e);
      }
      start = at;
    }
    throw bad();
  }

  private char peek() {
    space();
    if (at >= text.length()) {
      throw bad();
    }
    return text.charAt(at);
  }

  private boolean next(char c) {
    if (peek() == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!next(c)) {
      throw bad();
    }
  }

  private void end() {
    space();
    if (at != text.length()) {
      throw bad();
    }
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private IllegalArgumentException bad() {
    return new IllegalArgumentException("bad JSON at " + at + ": " + text);
  }
}
