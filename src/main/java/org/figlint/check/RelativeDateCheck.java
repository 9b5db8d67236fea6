package org.figlint.check;

import java.util.List;
import org.figlint.claim.AnalysedDocument;
import org.figlint.parse.Mention;
import org.figlint.value.DateInterval;

/**
 * relative-date-mismatch: a relative expression next to an explicit date that it contradicts
 * given the document's date ("l'an dernier, en 2022" in a 2024 article).
 */
public final class RelativeDateCheck implements Check {
  /** How far apart, in characters, the two expressions may stand. */
  private static final int NEAR = 12;

  @Override
  public String id() {
    return "relative-date-mismatch";
  }

  @Override
  public void checkDocument(AnalysedDocument doc, CheckContext ctx) {
    if (doc.date() == null) {
      return;
    }
    List<Mention> mentions = doc.mentions();
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (!(m.value() instanceof DateInterval rel) || !rel.relative() || !rel.resolved()) {
        continue;
      }
      for (int j = Math.max(0, i - 1); j <= Math.min(mentions.size() - 1, i + 1); j++) {
        Mention other = mentions.get(j);
        if (j == i || !(other.value() instanceof DateInterval exp) || exp.relative()
            || !exp.resolved() || (exp.year() == null && exp.grain() != org.figlint.value.Grain.DAY)) {
          continue;
        }
        int gapStart = Math.min(m.end(), other.end());
        int gapEnd = Math.max(m.start(), other.start());
        if (gapEnd - gapStart > NEAR || !adjacent(doc.text(), gapStart, gapEnd)) {
          continue;
        }
        if (!slack(rel).overlaps(exp)) {
          Values v = ctx.values();
          ctx.report(doc, m.start(), m.end(),
              ctx.message("message", m.text(), v.date(rel), doc.date().toString(), other.text(),
                  v.date(exp)),
              List.of(CheckContext.location(doc, other.start(), other.end(), ctx.message("related"))));
        }
      }
    }
  }

  /**
   * "hier" in an article written the day before it was published: a day-relative expression
   * may be one day off the publication date.
   */
  private static DateInterval slack(DateInterval rel) {
    if (rel.grain() != org.figlint.value.Grain.DAY) {
      return rel;
    }
    return new DateInterval(rel.start().minusDays(1), rel.end().plusDays(1), rel.grain(), null,
        null, null, null, null, true);
  }

  /** Only a comma, "en", "le", "soit", "donc" or parentheses between the two. */
  private static boolean adjacent(String text, int from, int to) {
    String gap = text.substring(from, to).replaceAll("[\\s,()–—-]+", " ").trim().toLowerCase();
    return gap.isEmpty() || gap.equals("en") || gap.equals("le") || gap.equals("soit")
        || gap.equals("soit en") || gap.equals("donc") || gap.equals("donc en")
        || gap.equals("c'est-à-dire") || gap.equals("en l'occurrence");
  }
}
