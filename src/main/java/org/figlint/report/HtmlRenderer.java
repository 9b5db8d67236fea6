package org.figlint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One self-contained HTML page: each document's text with its figures highlighted by kind and
 * its findings under their lines, a findings table with filters, and a timeline of the dates
 * that the documents give for the same events. Styles and scripts come from {@code web/} on the
 * classpath (the review page uses the same ones) and are inlined; the review JSON is embedded in
 * a {@code <script type="application/json">} block. The texts, the table and the timeline are
 * written out, so the page reads without JavaScript; the script adds filters and highlights.
 */
final class HtmlRenderer implements Renderer {

  @Override
  public boolean showsTexts() {
    return true;
  }

  @Override
  public void render(Report report, SourceText sources, Writer out) throws IOException {
    render(report, sources, Texts.none(), out);
  }

  @Override
  public void render(Report report, SourceText sources, Texts shown, Writer out)
      throws IOException {
    // The mentions and the timeline, the bulk of the data, are made as JSON one document or
    // event at a time where they are written, not held as a tree.
    ObjectNode data = ReviewJson.of(report, shown.documents(), true, false);
    List<Timeline.Event> timeline = shown.timeline().get();
    data.putArray("timeline");
    Map<String, List<ShownDocument>> byFile = new LinkedHashMap<>();
    for (ShownDocument doc : shown.documents()) {
      byFile.computeIfAbsent(doc.path(), k -> new ArrayList<>()).add(doc);
    }
    TextLines texts = new TextLines();
    Map<String, Integer> files = new HashMap<>();
    for (JsonNode doc : data.path("documents")) {
      files.put(doc.path("file").asText(), texts.add(doc.path("text").asText()));
    }
    // The page is written out section by section, and within the sections every few dozen
    // kilobytes: a report of thousands of documents is hundreds of megabytes of HTML, which is
    // never held whole in memory (nor its data block, escaped as it is written).
    StringBuilder html = new StringBuilder(SPILL + (1 << 12));
    html.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"figlint ").append(esc(report.toolVersion()))
        .append("\">\n<title>figlint\u00a0— rapport</title>\n<style>\n").append(asset("figlint.css"))
        .append("</style>\n</head>\n<body class=\"report\">\n");
    header(html, report);
    legend(html);
    findingsTable(html, out, data, files, texts);
    timeline(html, out, timeline, files, texts);
    documents(html, out, data, byFile, files, texts);
    html.append("<script type=\"application/json\" id=\"figlint-data\">");
    spill(html, out, 0);
    writeScriptJson(data, Map.of(
        "mentions", g -> {
          g.writeStartArray();
          for (ShownDocument doc : shown.documents()) {
            for (ObjectNode m : ReviewJson.mentions(doc)) {
              g.writeTree(m);
            }
          }
          g.writeEndArray();
        },
        "timeline", g -> {
          g.writeStartArray();
          for (Timeline.Event e : timeline) {
            g.writeTree(timelineJson(data, e));
          }
          g.writeEndArray();
        }), out);
    html.append("</script>\n<script>\n").append(asset("render.js"))
        .append("</script>\n<script>\n").append(asset("report.js")).append("</script>\n")
        .append("</body>\n</html>\n");
    spill(html, out, 0);
    out.flush();
  }

  /** How much of the page is gathered before it is written out. */
  private static final int SPILL = 1 << 16;

  /** Writes out and empties {@code html} once it holds {@code atLeast} characters or more. */
  private static void spill(StringBuilder html, Writer out, int atLeast) throws IOException {
    if (html.length() >= atLeast && html.length() > 0) {
      out.append(html);
      html.setLength(0);
    }
  }

  private static void header(StringBuilder html, Report report) {
    int errors = report.count(Severity.ERROR);
    int warnings = report.count(Severity.WARNING);
    int infos = report.count(Severity.INFO);
    int files = report.files().size();
    html.append("<header>\n<h1>Rapport figlint</h1>\n<p class=\"summary\">")
        .append(plural(errors, "erreur", "erreurs")).append(", ")
        .append(plural(warnings, "avertissement", "avertissements")).append(", ")
        .append(plural(infos, "info", "infos")).append(" dans ")
        .append(plural(files, "fichier", "fichiers")).append("</p>\n")
        .append("<nav><a href=\"#findings\">Constats</a> · <a href=\"#timeline\">Chronologie</a>")
        .append(" · <a href=\"#documents\">Documents</a></nav>\n</header>\n");
  }

  static String plural(int n, String one, String many) {
    return n + "\u00a0" + (n < 2 ? one : many);
  }

  private static void legend(StringBuilder html) {
    html.append("<section id=\"legend\" aria-label=\"Légende\">\n<h2>Légende</h2>\n<ul class=\"legend\">\n")
        .append("<li><span class=\"m m-money\" data-kind=\"money\">15\u00a0M€</span> montant</li>\n")
        .append("<li><span class=\"m m-date\" data-kind=\"date\">18\u00a0mars 2025</span> date</li>\n")
        .append("<li><span class=\"m m-percent\" data-kind=\"percent\">12\u00a0%</span> pourcentage</li>\n")
        .append("<li><span class=\"m m-count\" data-kind=\"count\">45\u00a0entreprises</span> nombre</li>\n")
        .append("<li><span class=\"at f f-error\">erreur</span></li>\n")
        .append("<li><span class=\"at f f-warning\">avertissement</span></li>\n")
        .append("<li><span class=\"at f f-info\">info</span></li>\n")
        .append("<li><span class=\"at rel\">élément de preuve</span></li>\n</ul>\n</section>\n");
  }

  private static void findingsTable(StringBuilder html, Writer out, ObjectNode data,
      Map<String, Integer> files, TextLines texts) throws IOException {
    JsonNode findings = data.path("findings");
    Map<String, Integer> byRule = new TreeMap<>();
    Map<String, Integer> bySeverity = new LinkedHashMap<>();
    for (String s : List.of("error", "warning", "info")) {
      bySeverity.put(s, 0);
    }
    int suppressed = 0;
    for (JsonNode f : findings) {
      byRule.merge(f.path("ruleId").asText(), 1, Integer::sum);
      bySeverity.merge(f.path("severity").asText(), 1, Integer::sum);
      suppressed += f.path("suppressed").asBoolean() ? 1 : 0;
    }
    html.append("<section id=\"findings\">\n<h2>Constats</h2>\n");
    html.append("<form class=\"filters\" aria-label=\"Filtres\">\n<fieldset><legend>Règles</legend>\n");
    for (Map.Entry<String, Integer> e : byRule.entrySet()) {
      html.append("<label><input type=\"checkbox\" data-filter=\"rule\" value=\"").append(esc(e.getKey()))
          .append("\" checked> <code>").append(esc(e.getKey())).append("</code> (")
          .append(e.getValue()).append(")</label>\n");
    }
    html.append("</fieldset>\n<fieldset><legend>Gravité</legend>\n");
    for (Map.Entry<String, Integer> e : bySeverity.entrySet()) {
      html.append("<label><input type=\"checkbox\" data-filter=\"severity\" value=\"").append(esc(e.getKey()))
          .append("\" checked> <span class=\"sev sev-").append(esc(e.getKey())).append("\">")
          .append(esc(TextMarkup.SEVERITIES.getOrDefault(e.getKey(), e.getKey()))).append("</span> (")
          .append(e.getValue()).append(")</label>\n");
    }
    html.append("</fieldset>\n<fieldset><legend>Neutralisés</legend>\n<label><input type=\"checkbox\"")
        .append(" id=\"show-suppressed\"> afficher les constats neutralisés par un commentaire (")
        .append(suppressed).append(")</label>\n</fieldset>\n</form>\n");
    html.append("<p class=\"count\" id=\"shown-count\" aria-live=\"polite\"></p>\n");
    if (findings.isEmpty()) {
      html.append("<p class=\"none\">Aucun constat.</p>\n");
    }
    html.append("<table class=\"findings\">\n<thead><tr><th scope=\"col\">Fichier</th>")
        .append("<th scope=\"col\">Ligne</th><th scope=\"col\">Règle</th><th scope=\"col\">Gravité</th>")
        .append("<th scope=\"col\">Message</th></tr></thead>\n<tbody>\n");
    int i = 0;
    for (JsonNode f : findings) {
      String severity = esc(f.path("severity").asText());
      boolean hidden = f.path("suppressed").asBoolean();
      html.append("<tr id=\"row-").append(i).append("\" data-f=\"").append(i).append("\" data-rule=\"")
          .append(esc(f.path("ruleId").asText())).append("\" data-severity=\"").append(severity)
          .append("\" class=\"row-").append(severity).append(hidden ? " suppressed" : "").append("\">");
      Integer d = files.get(f.path("file").asText());
      html.append("<td>");
      if (d != null && !hidden) {
        html.append("<a href=\"#").append(anchor(f, d, texts)).append("\">")
            .append(esc(f.path("file").asText())).append("</a>");
      } else {
        html.append(esc(f.path("file").asText()));
      }
      html.append("</td><td>").append(f.path("line").asInt()).append(':').append(f.path("column").asInt())
          .append("</td><td><code>").append(esc(f.path("ruleId").asText())).append("</code></td>")
          .append("<td><span class=\"sev sev-").append(severity).append("\">")
          .append(esc(TextMarkup.SEVERITIES.getOrDefault(f.path("severity").asText(), severity)))
          .append("</span>").append(hidden ? " <small>(neutralisé)</small>" : "").append("</td><td>")
          .append(esc(f.path("message").asText()));
      if (!f.path("related").isEmpty()) {
        html.append("<ul class=\"related-list\">");
        for (JsonNode r : f.path("related")) {
          String note = r.path("message").asText("");
          html.append("<li>").append(TextMarkup.locationLink(r, files, texts)).append(' ')
              .append(esc(note.isEmpty() ? r.path("snippet").asText() : note)).append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</td></tr>\n");
      spill(html, out, SPILL);
      i++;
    }
    html.append("</tbody>\n</table>\n</section>\n");
  }

  private static String anchor(JsonNode loc, int doc, TextLines texts) {
    org.figlint.document.LineMap lines = texts.lines(doc);
    return TextMarkup.anchorId("", doc, TextMarkup.offset(lines, loc, false),
        TextMarkup.offset(lines, loc, true));
  }

  private static void timeline(StringBuilder html, Writer out, List<Timeline.Event> events,
      Map<String, Integer> files, TextLines texts) throws IOException {
    html.append("<section id=\"timeline\">\n<h2>Chronologie des événements</h2>\n");
    if (events.isEmpty()) {
      html.append("<p class=\"none\">Aucun événement daté par plusieurs mentions.</p>\n</section>\n");
      return;
    }
    html.append("<p class=\"hint\">Une ligne par événement, une marque par document\u00a0; les ")
        .append("désaccords sont signalés en rouge et par la mention «\u00a0désaccord\u00a0».</p>\n")
        .append("<ol class=\"tl\">\n");
    for (Timeline.Event e : events) {
      long span = ChronoUnit.DAYS.between(e.first(), e.last()) + 1;
      html.append("<li class=\"tl-row").append(e.disagree() ? " tl-disagree" : "").append("\">")
          .append("<div class=\"tl-label\"><strong>").append(esc(e.subject())).append("</strong> <small>")
          .append(esc(e.predicate() == null ? "" : e.predicate())).append("</small>")
          .append(e.disagree() ? " <span class=\"tl-flag\">désaccord</span>" : " <span class=\"tl-ok\">concordant</span>")
          .append("</div>\n<div class=\"tl-track\"><span class=\"tl-from\">").append(e.first())
          .append("</span><span class=\"tl-to\">").append(e.last()).append("</span>\n");
      Set<String> seen = new HashSet<>();
      int row = 0;
      for (Timeline.Mark m : e.marks()) {
        if (!seen.add(m.doc() + "|" + m.start() + "|" + m.end())) {
          continue;
        }
        double left = 100.0 * ChronoUnit.DAYS.between(e.first(), m.start()) / span;
        double width = Math.max(2.0, 100.0 * (ChronoUnit.DAYS.between(m.start(), m.end()) + 1) / span);
        width = Math.min(width, 100.0 - left);
        String title = m.file() + "\u00a0: «\u00a0" + m.text() + "\u00a0» (" + m.start()
            + (m.start().equals(m.end()) ? "" : " → " + m.end()) + ")";
        Integer d = files.get(m.file());
        String href = d == null ? "" : " href=\"#" + TextMarkup.anchorId("", d,
            texts.lines(d).offset(m.line(), m.column()),
            texts.lines(d).offset(m.endLine(), m.endColumn())) + "\"";
        html.append("<a class=\"tl-mark").append(m.flagged() ? " tl-flagged" : "").append("\"").append(href)
            .append(" style=\"left:").append(String.format(Locale.ROOT, "%.2f", left))
            .append("%;width:").append(String.format(Locale.ROOT, "%.2f", width))
            .append("%;top:").append(row * 1.9 + 1.6).append("em\" title=\"").append(esc(title))
            .append("\"><span>").append(esc(m.file())).append("</span></a>\n");
        spill(html, out, SPILL);
        row++;
      }
      html.append("</div>\n<ul class=\"tl-list\">");
      for (Timeline.Mark m : e.marks()) {
        html.append("<li").append(m.flagged() ? " class=\"tl-flagged\"" : "").append(">")
            .append(esc(m.file())).append(':').append(m.line()).append("\u00a0: «\u00a0")
            .append(esc(m.text())).append("\u00a0» <small>(").append(m.start())
            .append(m.start().equals(m.end()) ? "" : " → " + m.end()).append(")</small></li>");
        spill(html, out, SPILL);
      }
      html.append("</ul></li>\n");
    }
    html.append("</ol>\n</section>\n");
  }

  private static ObjectNode timelineJson(ObjectNode data, Timeline.Event e) {
    ObjectNode node = data.objectNode().put("subject", e.subject())
        .put("predicate", e.predicate()).put("disagree", e.disagree());
    ArrayNode marks = node.putArray("marks");
    for (Timeline.Mark m : e.marks()) {
      marks.addObject().put("file", m.file()).put("line", m.line()).put("column", m.column())
          .put("endLine", m.endLine()).put("endColumn", m.endColumn()).put("text", m.text())
          .put("start", m.start().toString()).put("end", m.end().toString())
          .put("flagged", m.flagged());
    }
    return node;
  }

  private static void documents(StringBuilder html, Writer out, ObjectNode data,
      Map<String, List<ShownDocument>> byFile, Map<String, Integer> files, TextLines texts)
      throws IOException {
    html.append("<section id=\"documents\">\n<h2>Documents</h2>\n");
    Map<Integer, JsonNode> shown = new LinkedHashMap<>();
    int i = 0;
    for (JsonNode f : data.path("findings")) {
      if (!f.path("suppressed").asBoolean()) {
        shown.put(i, f);
      }
      i++;
    }
    // The findings located or with evidence in each document, found once.
    Map<String, Map<Integer, JsonNode>> findingsByFile = new HashMap<>();
    for (Map.Entry<Integer, JsonNode> e : shown.entrySet()) {
      Set<String> where = new HashSet<>();
      where.add(e.getValue().path("file").asText());
      for (JsonNode r : e.getValue().path("related")) {
        where.add(r.path("file").asText());
      }
      for (String file : where) {
        findingsByFile.computeIfAbsent(file, k -> new LinkedHashMap<>())
            .put(e.getKey(), e.getValue());
      }
    }
    int d = 0;
    for (JsonNode doc : data.path("documents")) {
      html.append("<article class=\"doc\" id=\"doc-").append(d).append("\">\n<h3>")
          .append(esc(doc.path("file").asText())).append("</h3>\n<p class=\"doc-meta\">");
      if (doc.hasNonNull("date")) {
        html.append("date\u00a0: <time datetime=\"").append(esc(doc.path("date").asText())).append("\">")
            .append(esc(doc.path("date").asText())).append("</time>");
      } else {
        html.append("sans date");
      }
      if (doc.hasNonNull("title")) {
        html.append(" · titre\u00a0: «\u00a0").append(esc(doc.path("title").asText())).append("\u00a0»");
      }
      html.append("</p>\n<div class=\"text\" id=\"text-").append(d).append("\" data-doc=\"").append(d)
          .append("\">").append(TextMarkup.render(d, doc.path("file").asText(), texts, files,
              mentionsOf(byFile.getOrDefault(doc.path("file").asText(), List.of())),
              findingsByFile.getOrDefault(doc.path("file").asText(), Map.of()), true))
          .append("</div>\n</article>\n");
      spill(html, out, SPILL);
      d++;
    }
    html.append("</section>\n");
  }

  /** The mentions of documents of one file, as the data block gives them. */
  private static List<JsonNode> mentionsOf(List<ShownDocument> documents) {
    List<JsonNode> out = new ArrayList<>();
    for (ShownDocument doc : documents) {
      out.addAll(ReviewJson.mentions(doc));
    }
    return out;
  }

  /**
   * JSON that cannot end its script element nor open a comment in it: every {@code <}, {@code >}
   * and {@code &} is written as a \\u escape (they only occur inside strings), as are U+2028 and
   * U+2029 and the characters that HTML does not allow in a page ({@link TextMarkup#notInHtml}).
   */
  static String scriptJson(ObjectNode data) throws IOException {
    StringWriter w = new StringWriter();
    writeScriptJson(data, Map.of(), w);
    return w.toString();
  }

  /**
   * {@link #scriptJson} written to {@code out} as it is made, escaped on the way, with the
   * values of the fields named in {@code parts} written by them.
   */
  static void writeScriptJson(ObjectNode data, Map<String, Json.Part> parts, Writer out)
      throws IOException {
    Json.write(data, parts, new ScriptEscaping(out));
  }

  /** A writer that passes text on with the escapes of {@link #scriptJson}; closing leaves out open. */
  private static final class ScriptEscaping extends Writer {
    private final Writer out;

    ScriptEscaping(Writer out) {
      this.out = out;
    }

    @Override
    public void write(char[] text, int off, int len) throws IOException {
      write(new String(text, off, len), 0, len); // a copy of Jackson's buffer, 8 K at a time
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
      int from = off;
      int end = off + len;
      for (int i = off; i < end; i++) {
        String escape = escape(text.charAt(i));
        if (escape != null) {
          out.write(text, from, i - from);
          out.write(escape);
          from = i + 1;
        }
      }
      out.write(text, from, end - from);
    }

    private static String escape(char c) {
      return switch (c) {
        case '<' -> "\\u003c";
        case '>' -> "\\u003e";
        case '&' -> "\\u0026";
        case '\u2028' -> "\\u2028";
        case '\u2029' -> "\\u2029";
        default -> TextMarkup.notInHtml(c) ? String.format("\\u%04x", (int) c) : null;
      };
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  /** A file of {@code web/} on the classpath, checked not to close its inline element. */
  static String asset(String name) {
    try (InputStream in = HtmlRenderer.class.getResourceAsStream("/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource web/" + name);
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.contains("</script") || lower.contains("</style") || lower.contains("<!--")) {
        throw new IllegalStateException("web/" + name + " cannot be inlined: it closes its element");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String esc(String s) {
    return TextMarkup.escape(s);
  }
}
