package org.figlint.value;

import java.util.Locale;

/** The kinds of figures figlint extracts. */
public enum Kind {
  MONEY, DATE, PERCENT, COUNT;

  /** The lower-case name used in every output format. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
