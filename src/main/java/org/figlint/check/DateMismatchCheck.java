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

  /** Only dates precise to the month or finer name an event's date. */
  @Override
  boolean precise(org.figlint.value.Value value) {
    return value instanceof org.figlint.value.DateInterval d
        && d.grain().compareTo(org.figlint.value.Grain.MONTH) <= 0;
  }

  /** A date names one event: see {@link org.figlint.claim.Statement#datesOneEvent()}. */
  @Override
  boolean subjectFits(org.figlint.claim.Statement c) {
    return c.datesOneEvent();
  }
}
