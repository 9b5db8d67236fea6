package org.figlint.report;

import java.io.IOException;
import java.io.Writer;

/** Writes a report in one output format. */
public interface Renderer {

  /** Writes {@code report} to {@code out}, taking excerpts from {@code sources}; flushes. */
  void render(Report report, SourceText sources, Writer out) throws IOException;

  /**
   * Writes {@code report} with the documents' texts at hand, for formats that show whole
   * texts; the others ignore them.
   */
  /** Whether this format shows whole texts ({@link Texts}): then every document is kept. */
  default boolean showsTexts() {
    return false;
  }

  /** Whether this format shows the source lines of findings ({@link SourceText}). */
  default boolean showsSourceLines() {
    return false;
  }

  default void render(Report report, SourceText sources,
      Texts texts, Writer out)
      throws IOException {
    render(report, sources, out);
  }
}
