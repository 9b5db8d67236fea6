package org.figlint.value;

import java.util.Locale;

/** How precisely a figure is stated ("environ", "plus de", ...). */
public enum Qualifier {
  EXACT, ABOUT, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
