package org.figlint.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.Rate;
import org.figlint.value.Count;
import org.figlint.value.DateInterval;
import org.figlint.value.Decimals;
import org.figlint.value.Grain;
import org.figlint.value.Money;
import org.figlint.value.Percent;
import org.figlint.value.Qualifier;
import org.figlint.value.Value;

/** Comparing and writing values: the bounds a written figure stands for, and their text. */
public final class Values {
  private static final MathContext MC = MathContext.DECIMAL64;
  private static final BigDecimal TEN_PERCENT = new BigDecimal("0.10");

  /** The closed interval of values a figure stands for; null ends are unbounded. */
  public record Bounds(BigDecimal low, BigDecimal high) {
    /** Whether these bounds, widened by {@code tolerance}, meet {@code o}. */
    public boolean overlaps(Bounds o, BigDecimal tolerance) {
      return widened(tolerance).meets(o);
    }

    /** These bounds with the low one lowered and the high one raised by {@code tolerance}. */
    public Bounds widened(BigDecimal tolerance) {
      return new Bounds(low == null ? null : low.multiply(BigDecimal.ONE.subtract(tolerance), MC),
          high == null ? null : high.multiply(BigDecimal.ONE.add(tolerance), MC));
    }

    /** Whether the two intervals have a point in common (a missing bound is open). */
    public boolean meets(Bounds o) {
      boolean belowOther = high != null && o.low != null && high.compareTo(o.low) < 0;
      boolean aboveOther = low != null && o.high != null && low.compareTo(o.high) > 0;
      return !belowOther && !aboveOther;
    }

    public Bounds times(BigDecimal factor) {
      return new Bounds(low == null ? null : low.multiply(factor, MC),
          high == null ? null : high.multiply(factor, MC));
    }

    /** Relative gap between two disjoint intervals, against the larger value. */
    public BigDecimal gap(Bounds o) {
      BigDecimal a = mid();
      BigDecimal b = o.mid();
      if (a == null || b == null || b.signum() == 0) {
        return BigDecimal.ZERO;
      }
      return a.subtract(b).abs().divide(b.abs(), MC);
    }

    public BigDecimal mid() {
      if (low != null && high != null) {
        return low.add(high).divide(BigDecimal.valueOf(2), MC);
      }
      return low != null ? low : high;
    }
  }

  private final Locale locale;

  public Values(Locale locale) {
    this.locale = locale;
  }

  /** The exact bounds of a value, widened only by its qualifier ("environ": ±10 %). */
  public static Bounds exact(BigDecimal low, BigDecimal high, Qualifier q) {
    return switch (q) {
      case ABOUT -> new Bounds(low.multiply(BigDecimal.ONE.subtract(TEN_PERCENT), MC),
          high.multiply(BigDecimal.ONE.add(TEN_PERCENT), MC));
      case MORE_THAN, AT_LEAST -> new Bounds(low, null);
      case LESS_THAN, AT_MOST -> new Bounds(null, high);
      default -> new Bounds(low, high);
    };
  }

  /** Bounds with the rounding of the written figure: "12 millions" is 11.5 to 12.5 million. */
  public static Bounds rounded(BigDecimal low, BigDecimal high, Qualifier q) {
    Bounds b = exact(low, high, q);
    BigDecimal lo = b.low() == null ? null : b.low().subtract(halfUnit(low));
    BigDecimal hi = b.high() == null ? null : b.high().add(halfUnit(high));
    return new Bounds(lo, hi);
  }

  /** Half the unit of the last significant digit, at most a tenth of the order of magnitude. */
  static BigDecimal halfUnit(BigDecimal v) {
    BigDecimal s = v.abs().stripTrailingZeros();
    if (s.signum() == 0) {
      return BigDecimal.ZERO;
    }
    int lastDigit = -s.scale();
    int magnitude = s.precision() - s.scale() - 1;
    int exponent = magnitude >= 1 ? Math.min(lastDigit, magnitude - 1) : lastDigit;
    return BigDecimal.ONE.scaleByPowerOfTen(exponent).divide(BigDecimal.valueOf(2), MC);
  }

  /** Money bounds with the rounding of its last written digit. */
  public static Bounds rounded(Money m) {
    if (m.unit() == null) {
      return rounded(m.low(), m.high(), m.qualifier());
    }
    Bounds b = exact(m.low(), m.high(), m.qualifier());
    BigDecimal half = m.unit().divide(BigDecimal.valueOf(2), MC);
    return new Bounds(b.low() == null ? null : b.low().subtract(half),
        b.high() == null ? null : b.high().add(half));
  }

  public static Bounds bounds(Value v, boolean rounding) {
    if (v instanceof Money m) {
      return rounding ? rounded(m) : exact(m.low(), m.high(), m.qualifier());
    }
    if (v instanceof Count c) {
      return rounding ? rounded(c.value(), c.value(), c.qualifier()) : exact(c.value(), c.value(), c.qualifier());
    }
    if (v instanceof Percent p) {
      return rounding ? rounded(p.value(), p.value(), p.qualifier()) : exact(p.value(), p.value(), p.qualifier());
    }
    throw new IllegalArgumentException("no bounds for " + v);
  }

  /** Converts money bounds to another currency at a date: empty without a reference rate. */
  public static Optional<Converted> convert(Bounds b, String from, String to, LocalDate date,
      ExchangeRates rates) {
    if (from.equals(to)) {
      return Optional.of(new Converted(b, BigDecimal.ONE, null, null));
    }
    if (date == null) {
      return Optional.empty();
    }
    Optional<Rate> rf = rates.on(from, date);
    Optional<Rate> rt = rates.on(to, date);
    if (rf.isEmpty() || rt.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal factor = rt.get().perEur().divide(rf.get().perEur(), MC);
    Rate shown = "EUR".equals(from) ? rt.get() : rf.get();
    return Optional.of(new Converted(b.times(factor), factor, shown, rf.get().date()));
  }

  /** Converted bounds, the factor used, and the rate quoted in messages. */
  public record Converted(Bounds bounds, BigDecimal factor, Rate rate, LocalDate fixing) {}

  // ---- Text ------------------------------------------------------------------------------

  public String number(BigDecimal v) {
    DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
    if (locale.getLanguage().equals("fr")) {
      symbols.setGroupingSeparator('\u202F');
      symbols.setDecimalSeparator(',');
    }
    DecimalFormat f = new DecimalFormat("#,##0.###", symbols);
    f.setRoundingMode(RoundingMode.HALF_EVEN);
    BigDecimal shown = v.abs().compareTo(BigDecimal.valueOf(1000)) >= 0
        ? v.setScale(0, RoundingMode.HALF_EVEN) : v;
    return f.format(shown);
  }

  /**
   * Formats a number, a day and a message pattern once, so that the locale data they load
   * (number symbols, month and day names) is ready when the first finding is written. Called on
   * a spare thread at start-up.
   */
  public static void warmUp(Locale locale) {
    Values v = new Values(locale);
    v.money(new BigDecimal("1500000.5"), new BigDecimal("2000000"), "EUR");
    v.day(LocalDate.of(2024, 3, 5));
    v.date(DateInterval.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), Grain.MONTH));
    new java.text.MessageFormat("{0} {1}", locale).format(new Object[] {"a", 12});
  }

  /** "15 000 000 EUR", "10 000 000 à 20 000 000 EUR". */
  public String money(BigDecimal low, BigDecimal high, String currency) {
    if (low.compareTo(high) == 0) {
      return number(low) + " " + currency;
    }
    String sep = locale.getLanguage().equals("fr") ? " à " : " to ";
    return number(low) + sep + number(high) + " " + currency;
  }

  public String value(Value v) {
    if (v instanceof Money m) {
      return money(m.low(), m.high(), m.currency());
    }
    if (v instanceof Count c) {
      return number(c.value()) + " " + c.unit();
    }
    if (v instanceof Percent p) {
      return number(p.value()) + (p.points() ? " points" : " %");
    }
    return date((DateInterval) v);
  }

  public String bounds(Bounds b, String currency) {
    String unit = currency == null ? "" : " " + currency;
    if (b.low() == null) {
      return "≤ " + number(b.high()) + unit;
    }
    if (b.high() == null) {
      return "≥ " + number(b.low()) + unit;
    }
    if (b.low().compareTo(b.high()) == 0) {
      return number(b.low()) + unit;
    }
    return number(b.low()) + "–" + number(b.high()) + unit;
  }

  /** A date interval as a reader writes it: "19 mai 2023", "du 19 au 21 mai 2023", "2023". */
  public String date(DateInterval d) {
    if (!d.resolved()) {
      return "?";
    }
    boolean fr = locale.getLanguage().equals("fr");
    LocalDate s = d.start();
    LocalDate e = d.end();
    if (d.grain() == Grain.YEAR && s.getDayOfYear() == 1 && e.getMonthValue() == 12
        && e.getDayOfMonth() == 31 && s.getYear() == e.getYear()) {
      return Integer.toString(s.getYear());
    }
    if (d.grain() == Grain.MONTH && s.getDayOfMonth() == 1 && e.equals(s.withDayOfMonth(s.lengthOfMonth()))) {
      return s.getMonth().getDisplayName(TextStyle.FULL, locale) + " " + s.getYear();
    }
    if (s.equals(e)) {
      return day(s);
    }
    return fr ? "du " + day(s) + " au " + day(e) : "from " + day(s) + " to " + day(e);
  }

  /** "mardi 18 mars 2025". */
  public String day(LocalDate d) {
    return DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", locale).format(d);
  }

  /** "18 mars 2025". */
  public String plainDay(LocalDate d) {
    return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(d);
  }

  public String weekday(java.time.DayOfWeek w) {
    return w.getDisplayName(TextStyle.FULL, locale);
  }

  /** An exchange rate exactly as published. */
  public String rate(BigDecimal perEur) {
    String plain = perEur.toPlainString();
    return locale.getLanguage().equals("fr") ? plain.replace('.', ',') : plain;
  }

  public String percent(BigDecimal fraction) {
    return number(fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_EVEN)) + " %";
  }

  static String decimals(BigDecimal v) {
    return Decimals.format(v);
  }
}
