package org.figlint.value;

import java.util.Locale;

/** The precision of a date interval. */
public enum Grain {
  DAY, WEEK, MONTH, QUARTER, HALF, SEASON, YEAR, DECADE, CENTURY;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
