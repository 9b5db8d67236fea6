package org.figlint.value;

import java.util.Locale;

/** The period of a rate ("par an", "par mois"). */
public enum Period {
  DAY, WEEK, MONTH, YEAR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
