package org.figlint.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.figlint.bench.CorpusGenerator.Inconsistency;
import org.figlint.rule.ExchangeRates;

/**
 * One document being written: its date, house style and random source, the world it reports
 * on, and the inconsistency the current sentence is asked to plant. A template that plants it
 * calls {@link #planted}; the generator counts what was planted from there.
 */
final class Draft {
  final SplittableRandom r;
  final LocalDate date;
  final Typography typography;
  final Figures fig;
  final World world;
  final ExchangeRates rates;
  /** The organization the document is mostly about. */
  final String org;
  final Prose.Person person;
  final String role;

  /** What the current sentence should plant, or null. */
  Inconsistency request;
  private final Map<Inconsistency, Integer> planted = new EnumMap<>(Inconsistency.class);

  Draft(SplittableRandom r, LocalDate date, World world, ExchangeRates rates) {
    this.r = r;
    this.date = date;
    this.typography = Typography.random(r);
    this.fig = new Figures(typography, r);
    this.world = world;
    this.rates = rates;
    this.org = pick(Prose.COMPANIES);
    this.person = pick(Prose.PEOPLE);
    this.role = Prose.role(this, person);
  }

  // ---- Random choices ------------------------------------------------------------------------

  String pick(String... options) {
    return options[r.nextInt(options.length)];
  }

  <T> T pick(List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  boolean chance(double p) {
    return r.nextDouble() < p;
  }

  /** A whole number in [lo, hi]. */
  int between(int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  /** A "nice" amount: 1 to 3 significant digits, log-uniform in [lo, hi]. */
  BigDecimal amount(double lo, double hi) {
    return amount(lo, hi, 1 + r.nextInt(3));
  }

  BigDecimal amount(double lo, double hi, int digits) {
    double v = Math.exp(Math.log(lo) + r.nextDouble() * (Math.log(hi) - Math.log(lo)));
    return Figures.significant(BigDecimal.valueOf(v), digits);
  }

  /** A percentage with zero or one decimal in [lo, hi]. */
  BigDecimal percent(double lo, double hi) {
    double v = lo + r.nextDouble() * (hi - lo);
    int decimals = hi > 10 && r.nextInt(3) == 0 ? 0 : 1;
    return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
  }

  /** A day {@code from} to {@code to} days away from the document date. */
  LocalDate around(int from, int to) {
    return date.plusDays(between(from, to));
  }

  int year() {
    return date.getYear();
  }

  // ---- Planting ------------------------------------------------------------------------------

  boolean asked(Inconsistency kind) {
    return request == kind;
  }

  void planted(Inconsistency kind) {
    planted.merge(kind, 1, Integer::sum);
    request = null;
  }

  Map<Inconsistency, Integer> plantedCounts() {
    return planted;
  }

  /**
   * "mardi 14 novembre 2023", with the weekday the calendar gives, or a wrong one when this
   * sentence is asked to plant one. A wrong weekday on a date without a year is chosen so that
   * no year near the document date fits it either: the reader (and figlint) cannot move the
   * date to another year to make it right.
   */
  String weekdayDate(LocalDate day, boolean withYear) {
    DayOfWeek weekday = day.getDayOfWeek();
    if (asked(Inconsistency.WEEKDAY)) {
      DayOfWeek wrong = wrongWeekday(day, withYear);
      if (wrong != null) {
        weekday = wrong;
        planted(Inconsistency.WEEKDAY);
      }
    }
    return Figures.date(day, weekday, withYear);
  }

  private DayOfWeek wrongWeekday(LocalDate day, boolean withYear) {
    int shift = 1 + r.nextInt(6);
    for (int k = 0; k < 6; k++) {
      DayOfWeek candidate = day.getDayOfWeek().plus(1 + (shift + k) % 6);
      if (withYear || !fitsAnotherYear(day, candidate)) {
        return candidate;
      }
    }
    return null;
  }

  private boolean fitsAnotherYear(LocalDate day, DayOfWeek weekday) {
    for (int y = date.getYear() - 1; y <= date.getYear() + 1; y++) {
      if (day.getMonthValue() == 2 && day.getDayOfMonth() == 29 && !java.time.Year.isLeap(y)) {
        continue;
      }
      LocalDate other = day.withYear(y);
      if (other.getDayOfWeek() == weekday
          && Math.abs(ChronoUnit.DAYS.between(date, other)) <= 366) {
        return true;
      }
    }
    return false;
  }

  /**
   * The euro value of {@code amount} at the document date, rounded as a journalist would, or
   * off by 20 % when this sentence is asked to plant a wrong conversion. Empty without a rate.
   */
  Optional<BigDecimal> inEuros(BigDecimal amount, String currency) {
    Optional<BigDecimal> exact = rates.convert(amount, currency, "EUR", date);
    if (exact.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal euros = exact.get();
    if (asked(Inconsistency.CONVERSION)) {
      // Too high for "dollars": 20 % too low could be another dollar (Canadian, Australian).
      // Three digits, so that a round figure ("2 milliards") does not cover the error.
      boolean high = currency.equals("USD") || r.nextBoolean();
      BigDecimal wrong = Figures.significant(
          euros.multiply(high ? new BigDecimal("1.2") : new BigDecimal("0.8")), 3);
      if (wrong.precision() < 2) {
        // 1.999 million written "2 millions" reads as 1.5 to 2.5 million: 25 % off then.
        wrong = Figures.significant(
            euros.multiply(high ? new BigDecimal("1.25") : new BigDecimal("0.75")), 3);
      }
      planted(Inconsistency.CONVERSION);
      return Optional.of(wrong);
    }
    // A correct conversion is rounded as a writer rounds it, to two or three digits, but
    // never further than 2 % from the exact value: "100 millions" for 104.5 is not one.
    BigDecimal shown = Figures.significant(euros, 2 + r.nextInt(2));
    BigDecimal gap = shown.subtract(euros).abs().divide(euros, java.math.MathContext.DECIMAL64);
    if (gap.compareTo(new BigDecimal("0.02")) > 0) {
      shown = Figures.significant(euros, 3);
    }
    return Optional.of(shown);
  }
}
