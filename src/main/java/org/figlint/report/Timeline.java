package org.figlint.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * The dates that documents give for the same events, as the HTML report's timeline shows them
 * (worked out by {@code org.figlint.check.Timelines}).
 */
public final class Timeline {
  private Timeline() {}

  /** One date given by one document: its span in the original text and its interval. */
  public record Mark(int doc, String file, int line, int column, int endLine, int endColumn,
      String text, LocalDate start, LocalDate end, boolean flagged) {}

  /** One event: who it is about, what date it names, and the marks that give it. */
  public record Event(String subject, String predicate, List<Mark> marks, boolean disagree) {
    public Event {
      marks = List.copyOf(marks);
    }

    public LocalDate first() {
      return marks.stream().map(Mark::start).min(Comparator.naturalOrder()).orElseThrow();
    }

    public LocalDate last() {
      return marks.stream().map(Mark::end).max(Comparator.naturalOrder()).orElseThrow();
    }
  }
}
