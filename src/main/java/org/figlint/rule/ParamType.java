package org.figlint.rule;

import java.util.Locale;

/** The type of a check parameter, as written in {@code figlint.yaml}. */
public enum ParamType {
  /** A whole number: {@code 2}. */
  INT,
  /** A decimal number: {@code 0.03} (a whole number is accepted too). */
  DECIMAL,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** Any text. */
  STRING;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
