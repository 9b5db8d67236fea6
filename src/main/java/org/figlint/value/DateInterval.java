package org.figlint.value;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An inclusive date interval with its grain. When a partial date cannot be resolved (no
 * reference date), {@code start} and {@code end} are null and the parts that were written
 * ({@code year}, {@code month}, {@code day}) stay available: {@code year} is null when the text
 * gave none, even once the date is resolved. {@code weekday} is the weekday written next to the
 * start day, {@code endWeekday} the one written next to the end day of a range, if any;
 * {@code relative} is true for expressions such as "hier" that need the document date.
 */
public record DateInterval(
    LocalDate start,
    LocalDate end,
    Grain grain,
    Integer year,
    Integer month,
    Integer day,
    DayOfWeek weekday,
    DayOfWeek endWeekday,
    boolean relative)
    implements Value {

  public DateInterval {
    Objects.requireNonNull(grain, "grain");
    if ((start == null) != (end == null)) {
      throw new IllegalArgumentException("start and end are both set or both unresolved");
    }
    if (start != null && end.isBefore(start)) {
      throw new IllegalArgumentException("end " + end + " is before start " + start);
    }
  }

  public static DateInterval of(LocalDate start, LocalDate end, Grain grain) {
    return new DateInterval(start, end, grain, start.getYear(), null, null, null, null, false);
  }

  public static DateInterval day(LocalDate day) {
    return new DateInterval(
        day, day, Grain.DAY, day.getYear(), day.getMonthValue(), day.getDayOfMonth(), null, null,
        false);
  }

  public boolean resolved() {
    return start != null;
  }

  public boolean overlaps(DateInterval other) {
    return resolved()
        && other.resolved()
        && !end.isBefore(other.start)
        && !other.end.isBefore(start);
  }

  @Override
  public Kind kind() {
    return Kind.DATE;
  }
}
