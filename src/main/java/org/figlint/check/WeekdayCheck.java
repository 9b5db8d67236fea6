package org.figlint.check;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.figlint.claim.AnalysedDocument;
import org.figlint.parse.Mention;
import org.figlint.value.DateInterval;

/**
 * weekday-mismatch: a weekday that does not match its date. A date written without a year has
 * already been placed in the year within twelve months of the document date that fits its
 * weekday, if any; so a mismatch left here fits no such year.
 */
public final class WeekdayCheck implements Check {
  @Override
  public String id() {
    return "weekday-mismatch";
  }

  @Override
  public void checkDocument(AnalysedDocument doc, CheckContext ctx) {
    for (Mention m : doc.mentions()) {
      if (!(m.value() instanceof DateInterval d) || !d.resolved() || d.relative()) {
        continue;
      }
      check(doc, ctx, m, d, d.weekday(), d.start());
      check(doc, ctx, m, d, d.endWeekday(), d.end());
    }
  }

  private void check(AnalysedDocument doc, CheckContext ctx, Mention m, DateInterval d,
      DayOfWeek written, LocalDate date) {
    if (written == null || date.getDayOfWeek() == written) {
      return;
    }
    Values v = ctx.values();
    String key = d.year() != null ? "explicit" : "noYear";
    String message = ctx.message(key, m.text(), v.weekday(written), v.plainDay(date),
        v.weekday(date.getDayOfWeek()), doc.date() == null ? "" : doc.date().toString());
    ctx.report(doc, m.start(), m.end(), message, List.of());
  }
}
