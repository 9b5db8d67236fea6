package org.figlint.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML. The analysed text is the visible text: tags are dropped, {@code script}, {@code style},
 * {@code code}, {@code pre}, comments and the {@code head} (except its {@code title}) are left
 * out, character references are decoded, and white space (line breaks included) reads as
 * spaces, while block elements ({@code p}, {@code div}, {@code li}, {@code td}, {@code h1},
 * {@code br}...) end with a line break, which ends a sentence. The analysed text is then shorter
 * than the original: the document's {@link OffsetMap} leads every char back to the original (a
 * decoded {@code &euro;} to the whole reference).
 */
final class HtmlReader {
  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "code", "pre", "noscript", "template", "textarea", "svg", "math",
      "iframe", "object");
  private static final Set<String> BLOCKS = Set.of(
      "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog",
      "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
      "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p",
      "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
      "br");

  private final String text;
  private final AnalysedText out;
  private final List<Comment> comments = new ArrayList<>();

  private HtmlReader(String text) {
    this.text = text;
    this.out = new AnalysedText(text);
  }

  static Document read(String text, String displayPath) {
    org.jsoup.nodes.Document html = Parser.htmlParser().setTrackPosition(true).parseInput(text, "");
    HtmlReader reader = new HtmlReader(text);
    NodeTraversor.filter(reader.new Visible(), html);
    String title = html.title().strip();
    return new Document(displayPath, text, reader.out.text(), date(html),
        title.isEmpty() ? null : title, reader.out.map(), reader.comments);
  }

  /** The publication date: article:published_time, meta name=date, or the first time tag. */
  private static LocalDate date(org.jsoup.nodes.Document html) {
    for (String query : new String[] {
        "meta[property=article:published_time]", "meta[name=date]", "time[datetime]"}) {
      Element e = html.selectFirst(query);
      if (e != null) {
        LocalDate date = DocumentDates.parse(e.attr(e.tagName().equals("time") ? "datetime" : "content"));
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  private final class Visible implements NodeFilter {
    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element e) {
        String name = e.normalName();
        boolean inHead = e.parent() != null && e.parent().normalName().equals("head");
        if (SKIPPED.contains(name) || inHead && !name.equals("title")) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (BLOCKS.contains(name)) {
          lineBreak();
        }
      } else if (node instanceof org.jsoup.nodes.Comment c) {
        Range r = c.sourceRange();
        if (r.isTracked() && r.endPos() <= text.length()) {
          comments.add(new Comment(r.startPos(), r.endPos(), c.getData()));
        }
      } else if (node instanceof TextNode t && !(node instanceof CDataNode)
          && !(t.parent() != null && t.parent().normalName().equals("head"))) {
        text(t);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
        lineBreak();
      }
      return FilterResult.CONTINUE;
    }
  }

  private void lineBreak() {
    if (out.last() != '\n') {
      out.insert("\n");
    }
  }

  /**
   * Appends a text node: its original chars one by one, references decoded as the parser
   * decoded them. If the original does not line up with the parsed text (a position the parser
   * did not track), the whole node stands for its original span.
   */
  private void text(TextNode node) {
    String decoded = node.getWholeText();
    Range range = node.sourceRange();
    if (!range.isTracked() || range.endPos() > text.length() || range.startPos() > range.endPos()) {
      out.insert(spaced(decoded));
    } else if (align(range.startPos(), range.endPos(), decoded, false)) {
      align(range.startPos(), range.endPos(), decoded, true);
    } else {
      out.replace(range.startPos(), range.endPos(), spaced(decoded));
    }
  }

  /** Walks the original span against the parsed text; appends when {@code apply}. */
  private boolean align(int from, int to, String decoded, boolean apply) {
    int i = from;
    int j = 0;
    while (i < to) {
      char c = text.charAt(i);
      CharacterReferences.Decoded ref =
          c == '&' ? CharacterReferences.matching(text, i, to, decoded, j) : null;
      if (ref != null) {
        if (apply) {
          out.replace(i, i + ref.length(), spaced(ref.text()));
        }
        i += ref.length();
        j += ref.text().length();
      } else if (j < decoded.length() && decoded.charAt(j) == c) {
        if (apply) {
          out.put(isSpace(c) ? ' ' : c, i);
        }
        i++;
        j++;
      } else if (c == '\r') {
        if (apply) {
          out.put(' ', i);
        }
        i++;
      } else {
        return false;
      }
    }
    return j == decoded.length();
  }

  private static boolean isSpace(char c) {
    return c == '\n' || c == '\r' || c == '\t' || c == '\f';
  }

  private static String spaced(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      b.append(isSpace(c) ? ' ' : c);
    }
    return b.toString();
  }
}
