package org.figlint.claim;

import java.time.LocalDate;
import java.util.List;

/**
 * The claims of documents checked before, kept so that a new document is compared with them
 * without reading them again.
 */
public interface ClaimArchive {
  /** An archive that holds nothing. */
  ClaimArchive NONE = (key, window) -> List.of();

  /**
   * The archived claims whose {@link Statement#key() key} is {@code key} and that may be about
   * the time of the window: a superset of those the comparison can use, never fewer.
   */
  List<ArchivedClaim> lookup(String key, Window window);

  /** One look-up: a key and its window. */
  record Request(String key, Window window) {}

  /**
   * An archive that cannot be read: a check that meets one stops the run, rather than failing
   * alone as a check's own error would, so that the problem is said as the archive's.
   */
  class Unreadable extends RuntimeException {
    public Unreadable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The answers to several look-ups, in their order; an archive may make them in parallel. */
  default List<List<ArchivedClaim>> lookupAll(List<Request> requests) {
    List<List<ArchivedClaim>> out = new java.util.ArrayList<>(requests.size());
    for (Request r : requests) {
      out.add(lookup(r.key(), r.window()));
    }
    return out;
  }

  /**
   * When archived claims can be compared with some claims of a run: claims of documents
   * published between {@code publishedFrom} and {@code publishedTo} (or undated), and claims
   * whose explicit time overlaps {@code timeFrom}..{@code timeTo} (when not null). {@link #ALL}
   * has no bounds.
   */
  record Window(LocalDate publishedFrom, LocalDate publishedTo, LocalDate timeFrom,
      LocalDate timeTo) {
    public static final Window ALL = new Window(null, null, null, null);

    public boolean all() {
      return publishedFrom == null;
    }

    /**
     * The window of claims comparable with {@code claims}: published within {@code days} of
     * one of their documents, or about one of their explicit times. A claim of an undated
     * document can be compared with any: the window is then {@link #ALL}.
     */
    public static Window around(List<? extends Statement> claims, long days) {
      LocalDate first = null;
      LocalDate last = null;
      LocalDate timeFrom = null;
      LocalDate timeTo = null;
      for (Statement c : claims) {
        LocalDate date = c.documentDate();
        if (date == null) {
          return ALL;
        }
        first = first == null || date.isBefore(first) ? date : first;
        last = last == null || date.isAfter(last) ? date : last;
        if (c.time() != null && c.time().resolved()) {
          timeFrom = timeFrom == null || c.time().start().isBefore(timeFrom) ? c.time().start()
              : timeFrom;
          timeTo = timeTo == null || c.time().end().isAfter(timeTo) ? c.time().end() : timeTo;
        }
      }
      if (first == null) {
        return ALL;
      }
      return new Window(first.minusDays(days), last.plusDays(days), timeFrom, timeTo);
    }
  }
}
