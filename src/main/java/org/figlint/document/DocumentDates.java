package org.figlint.document;

import java.time.LocalDate;

/** Reads a document's date as metadata gives it (front matter, HTML meta and time tags). */
final class DocumentDates {
  private DocumentDates() {}

  /**
   * YYYY-MM-DD, YYYY-MM (first of the month), or an ISO timestamp (its date as written, in the
   * writer's time zone: "2024-03-15T23:30:00-05:00" is the 15th); null otherwise.
   */
  static LocalDate parse(String value) {
    if (value == null) {
      return null;
    }
    String s = value.strip();
    if (s.length() > 10 && (s.charAt(10) == 'T' || s.charAt(10) == 't' || s.charAt(10) == ' ')) {
      s = s.substring(0, 10);
    }
    return DocumentLoader.parseHeaderDate(s);
  }
}
