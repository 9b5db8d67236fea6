package org.figlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.figlint.document.LineMap;

/**
 * The highlighted text of one document, for readers without JavaScript: the same markup as
 * {@code renderText} of {@code web/render.js}, which the report runs on load and the review page
 * runs as the user types (a test renders both and compares them). Reads the review JSON:
 * positions are 1-based lines and columns in UTF-16 code units.
 */
final class TextMarkup {
  private static final Map<String, String> KINDS = Map.of(
      "money", "montant", "date", "date", "percent", "pourcentage", "count", "nombre");
  static final Map<String, String> SEVERITIES = Map.of(
      "error", "erreur", "warning", "avertissement", "info", "info");
  private static final Map<String, Integer> SEVERITY_RANK = Map.of("error", 3, "warning", 2, "info", 1);

  private TextMarkup() {}

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          if (Character.isSurrogate(c)) {
            int cp = s.codePointAt(i);
            boolean pair = Character.isSupplementaryCodePoint(cp);
            if (pair && !notInHtml(cp)) {
              out.append(c).append(s.charAt(i + 1));
            } else {
              out.append(pair ? "\uFFFD\uFFFD" : "\uFFFD");
            }
            i += pair ? 1 : 0;
          } else {
            out.append(notInHtml(c) ? '\uFFFD' : c);
          }
        }
      }
    }
    return out.toString();
  }

  /**
   * Whether HTML does not allow a character in a page's text: the control characters other than
   * tab, line feed, form feed and carriage return, and the noncharacters (U+FDD0 to U+FDEF, and
   * the last two of every plane, U+FFFF among them). {@link #escape} writes U+FFFD instead, one
   * UTF-16 unit for one, so that the text keeps its offsets; parsers stop or complain at them
   * (jsoup takes U+FFFF for the end of the page).
   */
  static boolean notInHtml(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r'
        || c >= 0x7F && c <= 0x9F
        || c >= 0xFDD0 && c <= 0xFDEF
        || (c & 0xFFFE) == 0xFFFE;
  }

  /** The offset in the text of a location's start or end (1-based line and UTF-16 column). */
  static int offset(LineMap lines, JsonNode loc, boolean end) {
    return end ? lines.offset(loc.path("endLine").asInt(), loc.path("endColumn").asInt())
        : lines.offset(loc.path("line").asInt(), loc.path("column").asInt());
  }

  static String describe(JsonNode m) {
    JsonNode v = m.path("value");
    String kind = m.path("kind").asText();
    String s;
    switch (kind) {
      case "money" -> {
        String q = v.path("qualifier").asText("");
        s = v.path("amount").asText() + " " + v.path("currency").asText()
            + (!q.isEmpty() && !q.equals("exact") ? " (" + q + ")" : "");
      }
      case "date" -> {
        String start = v.path("start").asText("null");
        String end = v.path("end").asText("null");
        s = start.equals(end) ? start : start + " \u2192 " + end;
      }
      case "percent" -> s = v.path("value").asText() + (v.path("points").asBoolean() ? " points" : "\u00a0%");
      default -> s = v.path("value").asText() + " " + v.path("unit").asText();
    }
    return KINDS.getOrDefault(kind, kind) + "\u00a0: " + s;
  }

  static String anchorId(String prefix, int doc, int start, int end) {
    return prefix + "at-" + doc + "-" + start + "-" + end;
  }

  private record Item(int start, int end, int rank, String open, String cont) {}

  private record Point(int pos, int order, String html) {}

  private static final Comparator<Item> ITEMS = Comparator.comparingInt(Item::start)
      .thenComparing(Comparator.comparingInt(Item::end).reversed())
      .thenComparingInt(Item::rank);

  private static String nest(String text, List<Item> items, List<Point> points) {
    int length = text.length();
    List<Item> queue = new ArrayList<>();
    for (Item it : items) {
      int start = Math.min(Math.max(0, it.start()), length);
      queue.add(new Item(start, Math.min(Math.max(start, it.end()), length), it.rank(), it.open(),
          it.cont()));
    }
    queue.sort(ITEMS);
    List<Point> pts = new ArrayList<>(points);
    pts.sort(Comparator.comparingInt(Point::pos).thenComparingInt(Point::order));
    StringBuilder out = new StringBuilder(text.length() * 2);
    List<Item> stack = new ArrayList<>();
    int pos = 0;
    int qi = 0;
    int pi = 0;
    while (true) {
      while (!stack.isEmpty() && stack.get(stack.size() - 1).end() <= pos) {
        stack.remove(stack.size() - 1);
        out.append("</span>");
      }
      while (pi < pts.size() && pts.get(pi).pos() <= pos) {
        out.append(pts.get(pi++).html());
      }
      while (qi < queue.size() && queue.get(qi).start() <= pos) {
        Item it = queue.get(qi++);
        Item top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
        if (top != null && it.end() > top.end()) {
          Item rest = new Item(top.end(), it.end(), it.rank(), it.cont(), it.cont());
          int k = qi;
          while (k < queue.size() && ITEMS.compare(queue.get(k), rest) <= 0) {
            k++;
          }
          queue.add(k, rest);
          it = new Item(it.start(), top.end(), it.rank(), it.open(), it.cont());
        }
        out.append(it.open());
        stack.add(it);
        if (it.end() <= pos) {
          stack.remove(stack.size() - 1);
          out.append("</span>");
        }
      }
      if (pos >= length) {
        break;
      }
      int next = length;
      if (!stack.isEmpty()) {
        next = Math.min(next, stack.get(stack.size() - 1).end());
      }
      if (qi < queue.size()) {
        next = Math.min(next, queue.get(qi).start());
      }
      if (pi < pts.size()) {
        next = Math.min(next, pts.get(pi).pos());
      }
      out.append(escape(text.substring(pos, next)));
      pos = next;
    }
    while (!stack.isEmpty()) {
      stack.remove(stack.size() - 1);
      out.append("</span>");
    }
    while (pi < pts.size()) {
      out.append(pts.get(pi++).html());
    }
    return out.toString();
  }

  private static final class Anchor {
    final int start;
    final int end;
    String severity;
    final List<Integer> findings = new ArrayList<>();

    Anchor(int start, int end) {
      this.start = start;
      this.end = end;
    }
  }

  /**
   * The highlighted HTML of document {@code doc} (its index in {@code texts}); {@code findings}
   * are those shown, each with its index in the whole list.
   */
  static String render(int doc, String file, TextLines texts, Map<String, Integer> files,
      Iterable<JsonNode> mentions, Map<Integer, JsonNode> findings, boolean messages) {
    String text = texts.text(doc);
    LineMap lines = texts.lines(doc);
    int length = text.length();
    List<Item> items = new ArrayList<>();
    for (JsonNode m : mentions) {
      if (!m.path("file").asText().equals(file)) {
        continue;
      }
      String kind = escape(m.path("kind").asText());
      items.add(new Item(offset(lines, m, false), offset(lines, m, true), 1,
          "<span class=\"m m-" + kind + "\" data-kind=\"" + kind + "\" title=\""
              + escape(describe(m)) + "\">", null));
    }
    Map<String, Anchor> anchors = new LinkedHashMap<>();
    List<Point> points = new ArrayList<>();
    for (Map.Entry<Integer, JsonNode> e : findings.entrySet()) {
      int index = e.getKey();
      JsonNode f = e.getValue();
      if (f.path("file").asText().equals(file)) {
        int s = offset(lines, f, false);
        int en = offset(lines, f, true);
        Anchor a = anchors.computeIfAbsent(s + "-" + en, k -> new Anchor(s, en));
        a.findings.add(index);
        String severity = f.path("severity").asText();
        if (a.severity == null || SEVERITY_RANK.getOrDefault(severity, 0)
            > SEVERITY_RANK.getOrDefault(a.severity, 0)) {
          a.severity = severity;
        }
        if (messages) {
          points.add(new Point(afterLine(lines, a.end, length), index,
              message(f, index, files, texts)));
        }
      }
      for (JsonNode r : f.path("related")) {
        if (r.path("file").asText().equals(file)) {
          int s = offset(lines, r, false);
          int en = offset(lines, r, true);
          anchors.computeIfAbsent(s + "-" + en, k -> new Anchor(s, en));
        }
      }
    }
    for (Anchor a : anchors.values()) {
      String cls = "at" + (a.severity != null ? " f f-" + a.severity : " rel");
      StringBuilder ids = new StringBuilder();
      for (int i : a.findings) {
        ids.append(ids.length() == 0 ? "" : " ").append(i);
      }
      String attrs = " data-f=\"" + ids + "\"";
      items.add(new Item(a.start, a.end, 0,
          "<span class=\"" + cls + "\" id=\"" + anchorId("", doc, a.start, a.end) + "\"" + attrs + ">",
          "<span class=\"" + cls + "\"" + attrs + ">"));
    }
    List<Item> withCont = new ArrayList<>();
    for (Item it : items) {
      withCont.add(it.cont() == null ? new Item(it.start(), it.end(), it.rank(), it.open(), it.open()) : it);
    }
    return nest(text, withCont, points);
  }

  /**
   * Where a finding's message goes: after the line that holds offset {@code end} and its line
   * break, at the start of the next line (the text's end on the last one). Read from the line
   * map, not by reading the line, which made many findings on one long line quadratic.
   */
  static int afterLine(LineMap lines, int end, int length) {
    int line = lines.position(Math.min(Math.max(end, 0), length)).line();
    return Math.min(length, lines.offset(line + 1, 1));
  }

  /** A location's link to its span, or its plain position when its file is not shown. */
  static String locationLink(JsonNode loc, Map<String, Integer> files, TextLines texts) {
    String label = escape(loc.path("file").asText() + ":" + loc.path("line").asInt() + ":"
        + loc.path("column").asInt());
    Integer d = files.get(loc.path("file").asText());
    if (d == null) {
      return "<span class=\"loc\">" + label + "</span>";
    }
    LineMap lines = texts.lines(d);
    return "<a class=\"loc\" href=\"#" + anchorId("", d, offset(lines, loc, false),
        offset(lines, loc, true)) + "\">" + label + "</a>";
  }

  private static String message(JsonNode f, int index, Map<String, Integer> files,
      TextLines texts) {
    StringBuilder related = new StringBuilder();
    for (JsonNode r : f.path("related")) {
      String note = r.path("message").asText("");
      if (note.isEmpty()) {
        note = r.path("snippet").asText();
      }
      related.append("<span class=\"related\">").append(locationLink(r, files, texts)).append(' ')
          .append(escape(note)).append("</span>");
    }
    String severity = escape(f.path("severity").asText());
    String rule = escape(f.path("ruleId").asText());
    return "<span class=\"msg msg-" + severity + (f.path("suppressed").asBoolean() ? " suppressed" : "")
        + "\" id=\"msg-" + index + "\" data-f=\"" + index + "\" data-rule=\"" + rule
        + "\" data-severity=\"" + severity + "\"><b class=\"sev sev-" + severity + "\">"
        + escape(SEVERITIES.getOrDefault(f.path("severity").asText(), f.path("severity").asText()))
        + "</b> " + escape(f.path("message").asText()) + " <code class=\"rule\">" + rule + "</code>"
        + related + "</span>";
  }
}
