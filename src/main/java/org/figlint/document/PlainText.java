package org.figlint.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Plain text: the date header and transcript timestamps of {@link DocumentLoader#fromText}, and
 * figlint's directives, lines of the form {@code [figlint-disable-next-line RULE]}, which are
 * the comments of plain text and are not read as prose.
 */
final class PlainText {
  private static final String DIRECTIVE = "[figlint-";

  private PlainText() {}

  static Document read(String text, String displayPath) {
    Document doc = DocumentLoader.fromText(text, displayPath);
    List<Comment> comments = directives(text);
    if (comments.isEmpty()) {
      return doc;
    }
    StringBuilder analysed = new StringBuilder(doc.analysed());
    for (Comment c : comments) {
      for (int i = c.start(); i < c.end(); i++) {
        analysed.setCharAt(i, ' ');
      }
    }
    return new Document(doc.path(), text, analysed.toString(), doc.date(), doc.title(),
        OffsetMap.IDENTITY, comments);
  }

  /** Lines that hold only a bracketed figlint directive (spaces around are allowed). */
  static List<Comment> directives(String text) {
    List<Comment> out = new ArrayList<>();
    // Most texts have none: String's own search rules that out faster than the walk over lines.
    int i = text.indexOf(DIRECTIVE);
    if (i < 0) {
      return out;
    }
    // Back to the start of the line of the first one.
    while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
      i--;
    }
    int n = text.length();
    while (i < n) {
      int eol = i;
      while (eol < n && text.charAt(eol) != '\n' && text.charAt(eol) != '\r') {
        eol++;
      }
      int s = i;
      while (s < eol && (text.charAt(s) == ' ' || text.charAt(s) == '\t')) {
        s++;
      }
      int e = eol;
      while (e > s && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
        e--;
      }
      if (text.startsWith(DIRECTIVE, s) && e - s > DIRECTIVE.length() && text.charAt(e - 1) == ']'
          && text.indexOf(']', s) == e - 1) {
        out.add(new Comment(s, e, text.substring(s + 1, e - 1)));
      }
      i = eol < n && text.charAt(eol) == '\r' && eol + 1 < n && text.charAt(eol + 1) == '\n'
          ? eol + 2 : eol + 1;
    }
    return out;
  }
}
