package org.figlint.check;

import java.util.List;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.Sentence;
import org.figlint.parse.Mention;
import org.figlint.rule.Terms;
import org.figlint.value.DateInterval;
import org.figlint.value.Grain;

/**
 * tense-date-mismatch: a future-tense verb with a date already past at the document's date, or
 * a past tense with a date still to come ("aura lieu le 5 février 2024" in a March 2024
 * article). Only dates written with their year and a day or month are checked, with the verb
 * in the same clause.
 */
public final class TenseCheck implements Check {
  private static final Terms FUTURE = Terms.of(
      "aura lieu", "auront lieu", "se tiendra", "se tiendront", "se déroulera", "se dérouleront",
      "sera organisé*", "seront organisé*", "sera inauguré*", "ouvrira", "ouvriront",
      "débutera", "débuteront", "commencera", "commenceront", "sera lancé*", "seront lancé*",
      "entrera en vigueur", "entreront en vigueur", "aura été");
  private static final Terms PAST = Terms.of(
      "a eu lieu", "ont eu lieu", "s'est tenu*", "se sont tenu*", "s'est déroulé*",
      "se sont déroulé*", "a été organisé*", "ont été organisé*", "a été inauguré*",
      "a été lancé*", "est entré* en vigueur", "sont entré* en vigueur", "avait eu lieu",
      "s'était tenu*", "a débuté", "ont débuté", "a commencé", "ont commencé");

  /** How far before the date the verb may stand, in characters. */
  private static final int VERB_WINDOW = 40;

  /** Articles are often written the day before they are published. */
  private static final int SLACK_DAYS = 2;

  @Override
  public String id() {
    return "tense-date-mismatch";
  }

  @Override
  public void checkDocument(AnalysedDocument doc, CheckContext ctx) {
    if (doc.date() == null) {
      return;
    }
    for (Mention m : doc.mentions()) {
      if (!(m.value() instanceof DateInterval d) || !d.resolved() || d.relative()
          || d.year() == null || d.grain().compareTo(Grain.MONTH) > 0) {
        continue;
      }
      // The verb governs the date when it stands just before it: "aura lieu le 5 février".
      int si = doc.sentenceIndex(m.start());
      Sentence s = doc.sentences().get(si);
      int[] clause = s.clauseOf(m.start());
      int from = Math.max(clause[0], m.start() - VERB_WINDOW);
      Terms.Text words = Terms.text(doc.text().substring(from, m.start()));
      boolean future = !FUTURE.find(words).isEmpty();
      boolean past = !PAST.find(words).isEmpty();
      Values v = ctx.values();
      if (future && !past && d.end().isBefore(doc.date().minusDays(SLACK_DAYS))) {
        String verb = FUTURE.find(words).get(0).term();
        ctx.report(doc, m.start(), m.end(),
            ctx.message("future", m.text(), verb, v.date(d), doc.date().toString()), List.of());
      } else if (past && !future && d.start().isAfter(doc.date())) {
        String verb = PAST.find(words).get(0).term();
        ctx.report(doc, m.start(), m.end(),
            ctx.message("past", m.text(), verb, v.date(d), doc.date().toString()), List.of());
      }
    }
  }
}
