package org.figlint.report;

import java.util.Locale;

/** How serious a finding is; ordered from most to least serious. */
public enum Severity {
  ERROR, WARNING, INFO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when this severity is at least as serious as {@code threshold}. */
  public boolean reaches(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public static Severity parse(String text) {
    return valueOf(text.trim().toUpperCase(Locale.ROOT));
  }
}
