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

  /**
   * A date names one event when its subject is an event ("le sommet du G7 d'Hiroshima"), the
   * founding of an organization or the entry into force of a plan. A person's or a country's
   * dates are many events.
   */
  @Override
  boolean subjectFits(org.figlint.claim.Statement c) {
    java.util.Set<org.figlint.rule.EntityKind> kinds = c.subjectKinds();
    if (kinds.contains(org.figlint.rule.EntityKind.EVENT)) {
      return true;
    }
    if ("founding-date".equals(c.predicate())) {
      return kinds.contains(org.figlint.rule.EntityKind.ORGANIZATION);
    }
    // A product is launched many times over (features, versions, videos "lancées sur
    // Facebook"); a plan enters into force once.
    return "entry-into-force".equals(c.predicate())
        && kinds.contains(org.figlint.rule.EntityKind.PLAN);
  }
}
