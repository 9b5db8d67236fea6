package org.figlint.rule;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Euro foreign exchange reference rates of the European Central Bank, one series per currency.
 *
 * <p>Each series is three primitive arrays sorted by date: the fixing day (epoch day), the
 * unscaled rate and its scale, so a rate comes back exactly as the ECB published it. A rate
 * "on" a date is the last fixing on or before it, at most {@value #MAX_AGE_DAYS} days old; there
 * is no rate otherwise (before the series starts, in a gap, or after the data ends), and no
 * guess is ever made.
 */
public final class ExchangeRates {

  /** The classpath resource bundled from {@code rules/fx/}. */
  public static final String RESOURCE = "figlint/rules/fx/eur-reference-rates.csv";

  /** How old the last fixing may be, in days, for a date without its own fixing. */
  public static final int MAX_AGE_DAYS = 10;

  private static final String HEADER = "date,currency,per_eur";

  private static final class Series {
    final int[] days;
    final long[] unscaled;
    final byte[] scales;

    Series(int[] days, long[] unscaled, byte[] scales) {
      this.days = days;
      this.unscaled = unscaled;
      this.scales = scales;
    }
  }

  /** A growable series while reading. */
  private static final class Builder {
    int size;
    int[] days = new int[1024];
    long[] unscaled = new long[1024];
    byte[] scales = new byte[1024];

    void add(int day, long value, byte scale) {
      if (size == days.length) {
        days = Arrays.copyOf(days, size * 2);
        unscaled = Arrays.copyOf(unscaled, size * 2);
        scales = Arrays.copyOf(scales, size * 2);
      }
      days[size] = day;
      unscaled[size] = value;
      scales[size] = scale;
      size++;
    }

    Series build(String file, String currency) {
      int[] d = Arrays.copyOf(days, size);
      long[] u = Arrays.copyOf(unscaled, size);
      byte[] s = Arrays.copyOf(scales, size);
      boolean sorted = true;
      for (int i = 1; i < size; i++) {
        if (d[i] <= d[i - 1]) {
          sorted = false;
          break;
        }
      }
      if (!sorted) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(d[a], d[b]));
        int[] d2 = new int[size];
        long[] u2 = new long[size];
        byte[] s2 = new byte[size];
        for (int i = 0; i < size; i++) {
          d2[i] = d[order[i]];
          u2[i] = u[order[i]];
          s2[i] = s[order[i]];
          if (i > 0 && d2[i] == d2[i - 1]) {
            throw new RuleException(file, 1, 1,
                "two rates for " + currency + " on " + LocalDate.ofEpochDay(d2[i]));
          }
        }
        return new Series(d2, u2, s2);
      }
      return new Series(d, u, s);
    }
  }

  /** The bundled rates: read from the classpath on first use, so a run with no foreign money
   * never pays for it. */
  private static final ExchangeRates BUNDLED = new ExchangeRates(ExchangeRates::readBundled);

  /** The series read, and the first and last fixing days (null without rows). */
  private record Data(Map<String, Series> series, LocalDate first, LocalDate last) {}

  private final java.util.function.Supplier<Data> loader;
  private volatile Data data;

  private ExchangeRates(Data data) {
    this.loader = null;
    this.data = data;
  }

  private ExchangeRates(java.util.function.Supplier<Data> loader) {
    this.loader = loader;
  }

  private Data data() {
    Data d = data;
    if (d == null) {
      synchronized (this) {
        d = data;
        if (d == null) {
          d = loader.get();
          data = d;
        }
      }
    }
    return d;
  }

  /** The rates bundled with figlint (read once, on first use, then shared). */
  public static ExchangeRates bundled() {
    return BUNDLED;
  }

  private static Data readBundled() {
    InputStream in = ExchangeRates.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + RESOURCE);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(reader, RESOURCE).data();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads rates from a CSV file in the bundled format. */
  public static ExchangeRates load(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString().replace('\\', '/'));
    }
  }

  /**
   * Reads {@code date,currency,per_eur} rows (with that header). {@code name} is used in errors,
   * which are {@link RuleException}s pointing at the bad line.
   */
  public static ExchangeRates read(Reader reader, String name) throws IOException {
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
    String header = in.readLine();
    if (header != null && header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    if (header == null || !header.strip().equals(HEADER)) {
      throw new RuleException(name, 1, 1, "expected the header \"" + HEADER + "\"");
    }
    Map<String, Builder> builders = new HashMap<>();
    int minDay = Integer.MAX_VALUE;
    int maxDay = Integer.MIN_VALUE;
    int lineNumber = 1;
    String lastDateText = null;
    int lastDay = 0;
    String line;
    while ((line = in.readLine()) != null) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      int c1 = line.indexOf(',');
      int c2 = c1 < 0 ? -1 : line.indexOf(',', c1 + 1);
      if (c2 < 0 || line.indexOf(',', c2 + 1) >= 0) {
        throw new RuleException(name, lineNumber, 1, "expected three fields: date,currency,per_eur");
      }
      String dateText = line.substring(0, c1);
      if (!dateText.equals(lastDateText)) { // rows come grouped by date: parse each date once
        try {
          lastDay = (int) LocalDate.parse(dateText).toEpochDay();
        } catch (DateTimeException e) {
          throw new RuleException(name, lineNumber, 1, "bad date \"" + dateText + "\"");
        }
        lastDateText = dateText;
      }
      int day = lastDay;
      String currency = line.substring(c1 + 1, c2);
      if (!isCurrencyCode(currency)) {
        throw new RuleException(name, lineNumber, c1 + 2, "bad currency code \"" + currency + "\"");
      }
      BigDecimal rate;
      try {
        rate = new BigDecimal(line.substring(c2 + 1).strip());
      } catch (NumberFormatException e) {
        rate = null;
      }
      if (rate == null || rate.signum() <= 0 || rate.scale() < 0 || rate.scale() > Byte.MAX_VALUE
          || rate.unscaledValue().bitLength() > 63) {
        throw new RuleException(name, lineNumber, c2 + 2,
            "bad rate \"" + line.substring(c2 + 1) + "\"");
      }
      builders.computeIfAbsent(currency, k -> new Builder())
          .add(day, rate.unscaledValue().longValueExact(), (byte) rate.scale());
      minDay = Math.min(minDay, day);
      maxDay = Math.max(maxDay, day);
    }
    Map<String, Series> series = new HashMap<>();
    builders.forEach((currency, builder) -> series.put(currency, builder.build(name, currency)));
    return new ExchangeRates(new Data(Map.copyOf(series),
        series.isEmpty() ? null : LocalDate.ofEpochDay(minDay),
        series.isEmpty() ? null : LocalDate.ofEpochDay(maxDay)));
  }

  /** True for EUR, the currencies of {@link #FIXED} and every currency with a fixing. */
  public boolean has(String currency) {
    String code = code(currency);
    return "EUR".equals(code) || FIXED.containsKey(code) || data().series().containsKey(code);
  }

  /**
   * Currencies at a fixed rate to the euro, whatever the day: the French franc at its
   * irrevocable conversion rate, and the two CFA francs at their parity. An amount in francs
   * converted to euros ("100 millions de francs (15 millions d'euros)") is at that rate.
   */
  static final Map<String, BigDecimal> FIXED = Map.of(
      "FRF", new BigDecimal("6.55957"),
      "XOF", new BigDecimal("655.957"),
      "XAF", new BigDecimal("655.957"));

  private static final Map<String, String> FIXED_SOURCES = Map.of(
      "FRF", "taux de conversion irrévocable du franc, fixé le 31 décembre 1998",
      "XOF", "parité fixe du franc CFA avec l'euro",
      "XAF", "parité fixe du franc CFA avec l'euro");

  /** The currencies with fixings, sorted (EUR excluded). */
  public Set<String> currencies() {
    return new TreeSet<>(data().series().keySet());
  }

  /** The first fixing day of the data, if any. */
  public Optional<LocalDate> firstDate() {
    return Optional.ofNullable(data().first());
  }

  /** The last fixing day of the data, if any. */
  public Optional<LocalDate> lastDate() {
    return Optional.ofNullable(data().last());
  }

  /**
   * The last fixing of {@code currency} on or before {@code date}, if it is at most {@value
   * #MAX_AGE_DAYS} days old. EUR always has rate 1.
   */
  public Optional<Rate> on(String currency, LocalDate date) {
    String code = code(currency);
    if ("EUR".equals(code)) {
      return Optional.of(new Rate("EUR", date, BigDecimal.ONE, "euro, sans conversion"));
    }
    BigDecimal fixed = FIXED.get(code);
    if (fixed != null) {
      return Optional.of(new Rate(code, date, fixed, FIXED_SOURCES.get(code)));
    }
    Series s = data().series().get(code);
    if (s == null) {
      return Optional.empty();
    }
    int day = (int) date.toEpochDay();
    int i = Arrays.binarySearch(s.days, day);
    if (i < 0) {
      i = -i - 2; // the last fixing before the date
    }
    if (i < 0 || day - s.days[i] > MAX_AGE_DAYS) {
      return Optional.empty();
    }
    LocalDate fixing = LocalDate.ofEpochDay(s.days[i]);
    return Optional.of(new Rate(code, fixing, BigDecimal.valueOf(s.unscaled[i], s.scales[i]),
        Rate.ecbSource(fixing)));
  }

  /**
   * Converts {@code amount} from one currency to another through the euro, with the rates {@link
   * #on} gives for {@code date}; empty when either rate is missing.
   */
  public Optional<BigDecimal> convert(BigDecimal amount, String from, String to, LocalDate date) {
    if (code(from).equals(code(to))) {
      return has(from) ? Optional.of(amount) : Optional.empty();
    }
    Optional<Rate> fromRate = on(from, date);
    Optional<Rate> toRate = on(to, date);
    if (fromRate.isEmpty() || toRate.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(amount.multiply(toRate.get().perEur(), MathContext.DECIMAL64)
        .divide(fromRate.get().perEur(), MathContext.DECIMAL64));
  }

  private static boolean isCurrencyCode(String text) {
    if (text.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      char c = text.charAt(i);
      if (c < 'A' || c > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static String code(String currency) {
    return currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
  }
}
