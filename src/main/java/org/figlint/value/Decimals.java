package org.figlint.value;

import java.math.BigDecimal;

/** BigDecimal helpers: one normal form so that equal values compare equal. */
public final class Decimals {
  private Decimals() {}

  /** Strips trailing zeros and never returns a negative scale. */
  public static BigDecimal normalize(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The plain decimal string of a value ("15000000", "-2.6"). */
  public static String format(BigDecimal value) {
    return value == null ? null : normalize(value).toPlainString();
  }
}
