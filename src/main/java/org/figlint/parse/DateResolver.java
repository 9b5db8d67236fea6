package org.figlint.parse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import org.figlint.value.DateInterval;
import org.figlint.value.Grain;

/**
 * Turns the parts of a written date into an interval, resolving what the text leaves out
 * against a reference date (the document's date). Without a reference, partial dates stay
 * unresolved: they are never guessed.
 */
final class DateResolver {
  /**
   * How far a year-less date may be moved to fit its weekday: less than twelve months. The same
   * day of another year is not ("jeudi 8 décembre" in a text of Friday 8 December 2017 is that
   * day, misnamed, not 8 December 2016).
   */
  static final int WEEKDAY_WINDOW_MONTHS = 12;

  private boolean withinTwelveMonths(LocalDate candidate) {
    return candidate.isAfter(reference.minusMonths(WEEKDAY_WINDOW_MONTHS))
        && candidate.isBefore(reference.plusMonths(WEEKDAY_WINDOW_MONTHS));
  }

  private final LocalDate reference;

  DateResolver(LocalDate reference) {
    this.reference = reference;
  }

  LocalDate reference() {
    return reference;
  }

  /**
   * A day given by day and month, with or without a year. Without a year, the year that puts
   * the date nearest to the reference is taken; when a weekday is written and another year
   * within twelve months fits it, that year is taken instead. Null for impossible dates.
   */
  DateInterval day(int day, int month, Integer year, DayOfWeek weekday, DayOfWeek endWeekday) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    if (year != null) {
      LocalDate date = safeDate(year, month, day);
      if (date == null) {
        return null;
      }
      return new DateInterval(date, date, Grain.DAY, year, month, day, weekday, endWeekday, false);
    }
    if (reference == null) {
      if (day > YearMonth.of(2024, month).lengthOfMonth()) {
        return null;
      }
      return new DateInterval(null, null, Grain.DAY, null, month, day, weekday, endWeekday, false);
    }
    LocalDate best = nearestYear(day, month, weekday);
    if (best == null) {
      return null;
    }
    return new DateInterval(best, best, Grain.DAY, null, month, day, weekday, endWeekday, false);
  }

  private LocalDate nearestYear(int day, int month, DayOfWeek weekday) {
    LocalDate nearest = null;
    LocalDate nearestFitting = null;
    for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
      LocalDate candidate = safeDate(y, month, day);
      if (candidate == null) {
        continue;
      }
      long distance = Math.abs(ChronoUnit.DAYS.between(reference, candidate));
      if (nearest == null || distance < Math.abs(ChronoUnit.DAYS.between(reference, nearest))) {
        nearest = candidate;
      }
      if (weekday != null
          && candidate.getDayOfWeek() == weekday
          && withinTwelveMonths(candidate)
          && (nearestFitting == null
              || distance < Math.abs(ChronoUnit.DAYS.between(reference, nearestFitting)))) {
        nearestFitting = candidate;
      }
    }
    return nearestFitting != null ? nearestFitting : nearest;
  }

  /** "le lundi 22": the 22nd of the month nearest the reference whose weekday fits. */
  DateInterval dayOnly(int day, DayOfWeek weekday) {
    if (day < 1 || day > 31) {
      return null;
    }
    if (reference == null) {
      return new DateInterval(null, null, Grain.DAY, null, null, day, weekday, null, false);
    }
    LocalDate nearest = null;
    LocalDate fitting = null;
    YearMonth base = YearMonth.from(reference);
    for (int offset = -6; offset <= 6; offset++) {
      YearMonth ym = base.plusMonths(offset);
      if (day > ym.lengthOfMonth()) {
        continue;
      }
      LocalDate candidate = ym.atDay(day);
      long distance = Math.abs(ChronoUnit.DAYS.between(reference, candidate));
      if (nearest == null || distance < Math.abs(ChronoUnit.DAYS.between(reference, nearest))) {
        nearest = candidate;
      }
      if (candidate.getDayOfWeek() == weekday
          && (fitting == null
              || distance < Math.abs(ChronoUnit.DAYS.between(reference, fitting)))) {
        fitting = candidate;
      }
    }
    LocalDate chosen = fitting != null ? fitting : nearest;
    return new DateInterval(chosen, chosen, Grain.DAY, null, null, day, weekday, null, false);
  }

  /** A month, or part of it (days from..to), with or without a year. */
  DateInterval month(int month, Integer year, int fromDay, int toDay) {
    Integer y = year;
    if (y == null) {
      if (reference == null) {
        return new DateInterval(null, null, Grain.MONTH, null, month, null, null, null, false);
      }
      y = nearestYearOfMonth(month, (fromDay + Math.min(toDay, 28)) / 2);
    }
    YearMonth ym = YearMonth.of(y, month);
    LocalDate start = ym.atDay(Math.min(fromDay, ym.lengthOfMonth()));
    LocalDate end = ym.atDay(Math.min(toDay, ym.lengthOfMonth()));
    return new DateInterval(start, end, Grain.MONTH, year, month, null, null, null, false);
  }

  int nearestYearOfMonth(int month, int middleDay) {
    int best = reference.getYear();
    long bestDistance = Long.MAX_VALUE;
    for (int y = reference.getYear() - 1; y <= reference.getYear() + 1; y++) {
      LocalDate middle = YearMonth.of(y, month).atDay(Math.max(1, middleDay));
      long distance = Math.abs(ChronoUnit.DAYS.between(reference, middle));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = y;
      }
    }
    return best;
  }

  DateInterval year(int year) {
    return new DateInterval(
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Grain.YEAR, year, null, null, null,
        null, false);
  }

  /** An interval of a grain within a year that may be missing (then the reference year). */
  DateInterval within(Integer year, int startMonth, int startDay, int endMonth, int endDay,
      Grain grain) {
    Integer y = year;
    if (y == null) {
      if (reference == null) {
        return new DateInterval(null, null, grain, null, null, null, null, null, false);
      }
      y = reference.getYear();
    }
    LocalDate start = LocalDate.of(y, startMonth, startDay);
    LocalDate end = LocalDate.of(endMonth < startMonth ? y + 1 : y, endMonth, 1);
    end = end.withDayOfMonth(Math.min(endDay, end.lengthOfMonth()));
    return new DateInterval(start, end, grain, year, null, null, null, null, false);
  }

  DateInterval span(LocalDate start, LocalDate end, Grain grain, Integer year) {
    return new DateInterval(start, end, grain, year, null, null, null, null, false);
  }

  /** A relative date: an interval around the reference, or unresolved without one. */
  DateInterval relative(Grain grain, long offset) {
    if (reference == null) {
      return new DateInterval(null, null, grain, null, null, null, null, null, true);
    }
    LocalDate start;
    LocalDate end;
    switch (grain) {
      case DAY -> {
        start = reference.plusDays(offset);
        end = start;
      }
      case WEEK -> {
        start = reference.plusWeeks(offset).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        end = start.plusDays(6);
      }
      case MONTH -> {
        YearMonth ym = YearMonth.from(reference).plusMonths(offset);
        start = ym.atDay(1);
        end = ym.atEndOfMonth();
      }
      default -> {
        int y = reference.getYear() + (int) offset;
        start = LocalDate.of(y, 1, 1);
        end = LocalDate.of(y, 12, 31);
      }
    }
    return new DateInterval(start, end, grain, null, null, null, null, null, true);
  }

  /** "ce mardi": the day with that weekday nearest to the reference. */
  DateInterval thisWeekday(DayOfWeek weekday) {
    if (reference == null) {
      return new DateInterval(null, null, Grain.DAY, null, null, null, weekday, null, true);
    }
    LocalDate best = reference;
    for (int d = -3; d <= 3; d++) {
      LocalDate c = reference.plusDays(d);
      if (c.getDayOfWeek() == weekday) {
        best = c;
        break;
      }
    }
    return new DateInterval(best, best, Grain.DAY, null, best.getMonthValue(),
        best.getDayOfMonth(), weekday, null, true);
  }

  static LocalDate safeDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return null;
    }
    YearMonth ym = YearMonth.of(year, month);
    return day <= ym.lengthOfMonth() ? ym.atDay(day) : null;
  }
}
