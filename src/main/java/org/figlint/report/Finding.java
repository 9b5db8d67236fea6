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

  public Finding suppress() {
    return new Finding(ruleId, severity, message, location, related, true);
  }
}
