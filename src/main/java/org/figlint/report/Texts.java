package org.figlint.report;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the formats that show whole texts need beyond the report: the documents with their
 * figures, and the timeline of the dates they give for the same events (worked out only when a
 * format asks for it).
 */
public record Texts(List<ShownDocument> documents, Supplier<List<Timeline.Event>> timeline) {
  public Texts {
    documents = List.copyOf(documents);
    Objects.requireNonNull(timeline, "timeline");
  }

  /** No text: formats that show texts show none. */
  public static Texts none() {
    return new Texts(List.of(), List::of);
  }
}
