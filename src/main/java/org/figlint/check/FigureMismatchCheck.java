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

  /** Changes in points ("perd 5 points") are rarely the same fact twice. */
  @Override
  boolean precise(org.figlint.value.Value value) {
    return !(value instanceof org.figlint.value.Percent p && p.points());
  }
}
