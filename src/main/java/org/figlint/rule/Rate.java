package org.figlint.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One euro reference rate: {@code perEur} units of {@code currency} for one euro, as fixed on
 * {@code date} (the fixing actually used, which may precede the date asked for). {@code source}
 * is the French text a finding shows ("BCE, taux de référence de l'euro du 2023-11-01").
 */
public record Rate(String currency, LocalDate date, BigDecimal perEur, String source) {
  public Rate {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(perEur, "perEur");
    Objects.requireNonNull(source, "source");
    if (perEur.signum() <= 0) {
      throw new IllegalArgumentException("a rate must be positive: " + perEur);
    }
  }

  /** The source text for an ECB fixing of {@code date}. */
  public static String ecbSource(LocalDate date) {
    return "BCE, taux de référence de l'euro du " + date;
  }
}
