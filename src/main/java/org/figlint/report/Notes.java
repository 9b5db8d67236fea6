package org.figlint.report;

import java.util.ArrayList;
import java.util.List;

/** A finding's related locations as lines of text, for formats without a place for them. */
final class Notes {

  private Notes() {}

  /** One {@code note: file:line:column: message} line per related location. */
  static List<String> of(Finding finding) {
    List<String> lines = new ArrayList<>();
    for (Location related : finding.related()) {
      lines.add("note: " + related.file() + ":" + related.startLine() + ":"
          + related.startColumn() + (related.message() == null ? "" : ": " + related.message()));
    }
    return lines;
  }

  /** The message, then the notes on their own lines. */
  static String messageWithNotes(Finding finding) {
    List<String> lines = new ArrayList<>();
    lines.add(finding.message());
    lines.addAll(of(finding));
    return String.join("\n", lines);
  }
}
