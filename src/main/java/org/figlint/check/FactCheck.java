package org.figlint.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.Sentence;
import org.figlint.parse.Mention;
import org.figlint.rule.Fact;
import org.figlint.rule.Terms;
import org.figlint.value.DateInterval;
import org.figlint.value.Money;
import org.figlint.value.Value;

/**
 * fact-contradiction: a figure that contradicts the reference fact base. A fact applies to a
 * sentence when all its terms (or aliases) and one of its keywords occur there; it is compared
 * with the mention of its kind nearest to those terms. Dates contradict when the intervals do
 * not overlap; amounts when they differ by more than the tolerance after conversion.
 */
public final class FactCheck implements Check {
  @Override
  public String id() {
    return "fact-contradiction";
  }

  @Override
  public void checkDocument(AnalysedDocument doc, CheckContext ctx) {
    for (AnalysedDocument.FactMention fm : factMentions(doc, ctx)) {
      compare(doc, ctx, fm.fact(), (Value) fm.fact().parsed(), fm.mention());
    }
  }

  /** The facts of the base that apply to the document, each with its nearest mention. */
  static List<AnalysedDocument.FactMention> factMentions(AnalysedDocument doc, CheckContext ctx) {
    return doc.factMentions((d, si) -> {
      List<Fact> facts = ctx.lexicon().index().factsFor(d.sentenceWords(si));
      if (facts.isEmpty()) {
        return List.of(); // most sentences: no fact of the base applies
      }
      Sentence s = d.sentences().get(si);
      List<Mention> inSentence = d.mentionsIn(s.start(), s.end(), null);
      String text = d.sentenceText(si);
      List<AnalysedDocument.FactMention> out = new java.util.ArrayList<>();
      for (Fact fact : facts) {
        if (fact.parsed() instanceof Value expected) {
          Mention nearest = nearest(d, s, text, fact, inSentence, expected);
          if (nearest != null) {
            out.add(new AnalysedDocument.FactMention(fact, si, nearest));
          }
        }
      }
      return out;
    });
  }

  static Mention nearest(AnalysedDocument doc, Sentence s, String text, Fact fact,
      List<Mention> mentions, Value expected) {
    List<Terms.Match> anchors = new java.util.ArrayList<>(Terms.of(fact.about()).find(text));
    Terms keywords = fact.keywords().isEmpty() ? null : Terms.of(fact.keywords());
    if (keywords != null) {
      anchors.addAll(keywords.find(text));
    }
    Mention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : mentions) {
      if (m.kind() != expected.kind()) {
        continue;
      }
      if (m.value() instanceof DateInterval d && (!d.resolved() || d.relative())) {
        continue;
      }
      if (keywords != null) {
        int[] clause = s.clauseOf(m.start());
        String clauseText = doc.text().substring(clause[0], clause[1]);
        if (!keywords.anyIn(clauseText) && !Terms.of(fact.about()).anyIn(clauseText)) {
          continue;
        }
      }
      int distance = anchors.isEmpty() ? m.start() - s.start() : Integer.MAX_VALUE;
      for (Terms.Match a : anchors) {
        int as = s.start() + a.start();
        int ae = s.start() + a.end();
        int dist = ae <= m.start() ? m.start() - ae : as >= m.end() ? as - m.end() : 0;
        distance = Math.min(distance, dist);
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = m;
      }
    }
    return best;
  }

  /** True when the mention agrees with the fact; empty when they cannot be compared. */
  static Optional<Boolean> agrees(AnalysedDocument doc, CheckContext ctx, Value expected,
      Mention m, BigDecimal tolerance) {
    if (expected instanceof DateInterval fd) {
      DateInterval d = (DateInterval) m.value();
      return fd.resolved() ? Optional.of(fd.overlaps(d)) : Optional.empty();
    }
    Values.Bounds factBounds = Values.bounds(expected, false);
    Values.Bounds bounds = Values.bounds(m.value(), true);
    if (expected instanceof Money fm) {
      Money mm = (Money) m.value();
      Optional<Values.Converted> c =
          Values.convert(bounds, mm.currency(), fm.currency(), doc.date(), ctx.rates());
      if (c.isEmpty()) {
        return Optional.empty();
      }
      bounds = c.get().bounds();
    } else if (!m.value().getClass().equals(expected.getClass())) {
      return Optional.empty();
    }
    return Optional.of(bounds.overlaps(factBounds, tolerance));
  }

  private void compare(AnalysedDocument doc, CheckContext ctx, Fact fact, Value expected,
      Mention m) {
    Optional<Boolean> ok = agrees(doc, ctx, expected, m, ctx.config().decimal("tolerance"));
    if (ok.isEmpty() || ok.get()) {
      return;
    }
    Values v = ctx.values();
    String message = ctx.message("message", m.text(), fact.value(), v.value(expected),
        fact.id(), fact.source());
    ctx.report(doc, m.start(), m.end(), message, List.of());
  }
}
