package org.figlint.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Markdown (CommonMark with GFM tables). The analysed text keeps the text of paragraphs,
 * headings, list items, emphasis, link texts, table cells and block quotes at their original
 * offsets, and blanks the rest: code, URLs and link destinations, images, HTML and comments,
 * markup characters and YAML front matter. A soft line break reads as a space (a paragraph is
 * one run of prose), and the pipe that ends a table cell as a line break (a cell is never glued
 * to the next one). Character references decode to their character; only they make the
 * analysed text shorter than the original, through the document's {@link OffsetMap}.
 */
final class MarkdownReader {
  private static final Parser PARSER = Parser.builder()
      .extensions(List.of(TablesExtension.create()))
      .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
      .build();
  private static final ObjectMapper YAML = yamlMapper();
  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
  private static final Pattern BARE_URL =
      Pattern.compile("(?:https?://|www\\.)[^\\s<>]*[^\\s<>.,;:!?)\\]'\"»]");

  private final String text;
  private final char[] out;
  private final TreeMap<Integer, CharacterReferences.Decoded> references = new TreeMap<>();
  private final List<Comment> comments = new ArrayList<>();

  private MarkdownReader(String text) {
    this.text = text;
    this.out = new char[text.length()];
    for (int i = 0; i < out.length; i++) {
      char c = text.charAt(i);
      out[i] = c == '\n' || c == '\r' ? c : ' ';
    }
  }

  static Document read(String text, String displayPath) {
    MarkdownReader reader = new MarkdownReader(text);
    String source = text;
    LocalDate date = null;
    String title = null;
    FrontMatter front = FrontMatter.find(text);
    if (front != null) {
      date = front.date();
      title = front.title();
      source = blankedPrefix(text, front.end());
    } else {
      int headerEnd = DocumentLoader.dateHeaderEnd(text);
      if (headerEnd >= 0) {
        date = DocumentLoader.parseHeaderDate(
            text.substring(0, headerEnd).strip().substring("date".length()).strip());
        if (date != null) {
          source = blankedPrefix(text, headerEnd);
        }
      }
    }
    reader.visit(PARSER.parse(source));
    AnalysedText analysed = reader.assemble();
    return new Document(displayPath, text, analysed.text(), date, title, analysed.map(),
        reader.comments);
  }

  /** The text with [0, end) blanked, line breaks kept: what CommonMark reads as blank lines. */
  private static String blankedPrefix(String text, int end) {
    StringBuilder b = new StringBuilder(text);
    for (int i = 0; i < end; i++) {
      char c = b.charAt(i);
      if (c != '\n' && c != '\r') {
        b.setCharAt(i, ' ');
      }
    }
    return b.toString();
  }

  private void visit(Node node) {
    if (node instanceof Text) {
      for (SourceSpan span : node.getSourceSpans()) {
        keep(span.getInputIndex(), span.getInputIndex() + span.getLength());
      }
      return;
    }
    if (node instanceof Image || node instanceof Link && isAutolink(node)) {
      return;
    }
    if (node instanceof HtmlInline || node instanceof HtmlBlock) {
      comments(node);
      return;
    }
    if (node instanceof SoftLineBreak) {
      softBreak(node);
      return;
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      visit(child);
    }
    if (node instanceof TableCell) {
      int end = end(node);
      if (end >= 0 && end < text.length() && text.charAt(end) == '|') {
        out[end] = '\n';
      }
    }
  }

  private boolean isAutolink(Node link) {
    int start = start(link);
    return start >= 0 && text.charAt(start) == '<';
  }

  /** Keeps the raw text of a Text node: escapes lose their backslash, references decode. */
  private void keep(int from, int to) {
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < to && isAsciiPunctuation(text.charAt(i + 1))) {
        out[i + 1] = text.charAt(i + 1);
        i += 2;
      } else if (c == '&') {
        CharacterReferences.Decoded ref = CharacterReferences.terminatedAt(text, i, to);
        if (ref != null) {
          references.put(i, ref);
          i += ref.length();
        } else {
          out[i++] = c;
        }
      } else {
        out[i++] = c;
      }
    }
    Matcher url = BARE_URL.matcher(text).region(from, to);
    while (url.find()) {
      for (int k = url.start(); k < url.end(); k++) {
        out[k] = ' ';
        references.remove(k);
      }
    }
  }

  private static boolean isAsciiPunctuation(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`'
        || c >= '{' && c <= '~';
  }

  /** The line break of a soft break reads as a space. */
  private void softBreak(Node node) {
    Node previous = node.getPrevious();
    int i = previous == null ? -1 : end(previous);
    if (i < 0) {
      return;
    }
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '\r') {
      out[i++] = ' ';
    }
    if (i < text.length() && text.charAt(i) == '\n') {
      out[i] = ' ';
    }
  }

  private void comments(Node node) {
    int start = start(node);
    int end = end(node);
    if (start < 0 || end < start) {
      return;
    }
    Matcher m = COMMENT.matcher(text).region(start, end);
    while (m.find()) {
      comments.add(new Comment(m.start(), m.end(), m.group(1)));
    }
  }

  private static int start(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? -1 : spans.get(0).getInputIndex();
  }

  private static int end(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return -1;
    }
    SourceSpan last = spans.get(spans.size() - 1);
    return last.getInputIndex() + last.getLength();
  }

  private AnalysedText assemble() {
    AnalysedText analysed = new AnalysedText(text);
    int i = 0;
    while (i < out.length) {
      CharacterReferences.Decoded ref = references.get(i);
      if (ref != null) {
        analysed.replace(i, i + ref.length(), ref.text());
        i += ref.length();
      } else {
        analysed.put(out[i], i);
        i++;
      }
    }
    return analysed;
  }

  private static ObjectMapper yamlMapper() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(10);
    options.setAllowRecursiveKeys(false);
    options.setCodePointLimit(1 << 20);
    return new ObjectMapper(YAMLFactory.builder().loaderOptions(options).build());
  }

  /**
   * YAML front matter: a first line {@code ---}, then YAML up to a line {@code ---} or
   * {@code ...}. Its {@code date} and {@code title} are the document's; a front matter that is
   * not valid YAML is still not prose, and gives neither.
   */
  record FrontMatter(int end, LocalDate date, String title) {
    static FrontMatter find(String text) {
      int first = lineEnd(text, 0);
      if (!text.substring(0, first).stripTrailing().equals("---")) {
        return null;
      }
      int bodyStart = next(text, first);
      int i = bodyStart;
      while (i < text.length()) {
        int eol = lineEnd(text, i);
        String line = text.substring(i, eol).stripTrailing();
        if (line.equals("---") || line.equals("...")) {
          return of(text.substring(bodyStart, i), eol);
        }
        i = next(text, eol);
      }
      return null;
    }

    private static FrontMatter of(String yaml, int end) {
      try {
        JsonNode node = YAML.readTree(yaml);
        if (node == null || !node.isObject()) {
          return new FrontMatter(end, null, null);
        }
        JsonNode date = node.get("date");
        JsonNode title = node.get("title");
        return new FrontMatter(end,
            date != null && date.isValueNode() ? DocumentDates.parse(date.asText()) : null,
            title != null && title.isValueNode() ? title.asText().strip() : null);
      } catch (IOException | RuntimeException e) {
        return new FrontMatter(end, null, null);
      }
    }

    private static int lineEnd(String text, int from) {
      int i = from;
      while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
        i++;
      }
      return i;
    }

    private static int next(String text, int eol) {
      if (eol < text.length() && text.charAt(eol) == '\r') {
        eol++;
      }
      if (eol < text.length() && text.charAt(eol) == '\n') {
        eol++;
      }
      return eol;
    }
  }
}
