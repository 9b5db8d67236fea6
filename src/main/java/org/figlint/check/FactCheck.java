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

  /**
   * The mention of the fact's kind nearest to the fact's terms and keywords in the sentence,
   * among those whose clause names the fact (by a keyword or a term) when it has keywords. Each
   * clause is read once and each mention's distance found by a binary search: a sentence that
   * holds thousands of figures costs time in proportion.
   */
  static Mention nearest(AnalysedDocument doc, Sentence s, String text, Fact fact,
      List<Mention> mentions, Value expected) {
    Terms about = Terms.of(fact.about());
    List<Terms.Match> anchors = new java.util.ArrayList<>(about.find(text));
    Terms keywords = fact.keywords().isEmpty() ? null : Terms.of(fact.keywords());
    if (keywords != null) {
      anchors.addAll(keywords.find(text));
    }
    Spans near = new Spans(anchors, s.start());
    java.util.Map<Long, Boolean> named = new java.util.HashMap<>();
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
        boolean names = named.computeIfAbsent(((long) clause[0] << 32) | clause[1], key -> {
          String clauseText = doc.text().substring(clause[0], clause[1]);
          return keywords.anyIn(clauseText) || about.anyIn(clauseText);
        });
        if (!names) {
          continue;
        }
      }
      int distance = anchors.isEmpty() ? m.start() - s.start() : near.distance(m.start(), m.end());
      if (distance < bestDistance) {
        bestDistance = distance;
        best = m;
      }
    }
    return best;
  }

  /** Spans of a text, for the distance from a figure to the nearest of them. */
  static final class Spans {
    /** The spans' starts, in increasing order. */
    private final int[] starts;
    /** The greatest end among the spans up to each one, in the same order. */
    private final int[] maxEnds;

    /** The spans of {@code matches}, whose offsets count from {@code offset}. */
    Spans(List<Terms.Match> matches, int offset) {
      int[][] spans = new int[matches.size()][];
      for (int i = 0; i < spans.length; i++) {
        Terms.Match a = matches.get(i);
        spans[i] = new int[] {offset + a.start(), offset + a.end()};
      }
      java.util.Arrays.sort(spans, java.util.Comparator.comparingInt(a -> a[0]));
      starts = new int[spans.length];
      maxEnds = new int[spans.length];
      for (int i = 0; i < spans.length; i++) {
        starts[i] = spans[i][0];
        maxEnds[i] = i == 0 ? spans[i][1] : Math.max(maxEnds[i - 1], spans[i][1]);
      }
    }

    /**
     * The distance from [{@code start}, {@code end}) to the nearest span: 0 when one overlaps
     * it, else the gap to the nearest that ends before it or starts after it. Integer.MAX_VALUE
     * when there is no span.
     */
    int distance(int start, int end) {
      // The spans that start before the figure ends: one overlaps it unless all end before it.
      int lo = AnalysedDocument.firstAtOrAfter(starts, end);
      int distance = Integer.MAX_VALUE;
      if (lo > 0) {
        if (maxEnds[lo - 1] > start) {
          return 0;
        }
        distance = start - maxEnds[lo - 1];
      }
      if (lo < starts.length) {
        distance = Math.min(distance, starts[lo] - end);
      }
      return distance;
    }
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
