package org.figlint.document;

import java.util.Objects;

/**
 * A comment of a document's markup: its span [start, end) in the original text and its inner
 * text ({@code <!-- body -->} in Markdown and HTML; in plain text, a line {@code [figlint-...]}
 * whose body is the text between the brackets).
 */
public record Comment(int start, int end, String body) {
  public Comment {
    Objects.requireNonNull(body, "body");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad comment span " + start + ".." + end);
    }
  }
}
