package org.figlint.report;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One reported problem. {@code message} is already rendered in the output language and always
 * says why (the values compared, the rate or fact used and its source). {@code related} points at
 * the evidence. {@code suppressed} findings are kept in json/sarif output, not in text output.
 */
public record Finding(
    String ruleId,
    Severity severity,
    String message,
    Location location,
    List<Location> related,
    boolean suppressed) {

  /** Fixed output order: file, line, column, then rule id and message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.location().file())
          .thenComparingInt(f -> f.location().startLine())
          .thenComparingInt(f -> f.location().startColumn())
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(location, "location");
    related = related == null ? List.of() : List.copyOf(related);
  }

  /**
   * Written out rather than the record's own, which invokedynamic links on first use by
   * spinning classes at run time: the findings of a short run are compared (duplicates
   * removed) while it starts up.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof Finding f && suppressed == f.suppressed && ruleId.equals(f.ruleId)
        && severity == f.severity && message.equals(f.message) && location.equals(f.location)
        && related.equals(f.related);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, severity, message, location, related, suppressed);
  }

  public Finding suppress() {
    return new Finding(ruleId, severity, message, location, related, true);
  }
}
