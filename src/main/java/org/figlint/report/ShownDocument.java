package org.figlint.report;

import java.util.List;
import java.util.Objects;
import org.figlint.document.Document;
import org.figlint.parse.Mention;

/**
 * A document as the formats that show whole texts see it: its original text (with its date and
 * line map) and the figures found in it, in text order.
 */
public record ShownDocument(Document document, List<Mention> mentions) {
  public ShownDocument {
    Objects.requireNonNull(document, "document");
    mentions = List.copyOf(mentions);
  }

  public String path() {
    return document.path();
  }
}
