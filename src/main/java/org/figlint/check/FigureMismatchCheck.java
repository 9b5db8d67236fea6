package org.figlint.check;

import org.figlint.value.Kind;

/** figure-mismatch: the same fact stated with different amounts, counts or percents. */
public final class FigureMismatchCheck extends SameFactCheck {
  @Override
  public String id() {
    return "figure-mismatch";
  }

  @Override
  boolean handles(Kind kind) {
    return kind != Kind.DATE;
  }
}
