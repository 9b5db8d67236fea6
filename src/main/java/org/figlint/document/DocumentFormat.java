package org.figlint.document;

import java.util.Locale;

/** The formats figlint reads, chosen by the file name's extension. */
public enum DocumentFormat {
  /** Plain text: {@code .txt} and anything unknown. */
  PLAIN,
  /** CommonMark with GFM tables: {@code .md}, {@code .markdown}. */
  MARKDOWN,
  /** HTML: {@code .html}, {@code .htm}. */
  HTML;

  /** The format of a file name (or a path shown to the user); plain text when unknown. */
  public static DocumentFormat of(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
      return MARKDOWN;
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return HTML;
    }
    return PLAIN;
  }

  /** Builds the document of a decoded text in this format. */
  public Document read(String text, String displayPath) {
    return switch (this) {
      case PLAIN -> PlainText.read(text, displayPath);
      case MARKDOWN -> MarkdownReader.read(text, displayPath);
      case HTML -> HtmlReader.read(text, displayPath);
    };
  }
}
