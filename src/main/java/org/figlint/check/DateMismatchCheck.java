package org.figlint.check;

import org.figlint.value.Kind;

/** date-mismatch: the same event given different dates, in one document or across documents. */
public final class DateMismatchCheck extends SameFactCheck {
  @Override
  public String id() {
    return "date-mismatch";
  }

  @Override
  boolean handles(Kind kind) {
    return kind == Kind.DATE;
  }
}
