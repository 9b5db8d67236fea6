package org.figlint.rule;

import java.util.Objects;

/** Where a rule entry was read: file, 1-based line and column. */
public record Origin(String file, int line, int column) {
  public Origin {
    Objects.requireNonNull(file, "file");
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
