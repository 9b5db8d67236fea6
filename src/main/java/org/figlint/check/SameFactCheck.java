package org.figlint.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.Claim;
import org.figlint.claim.Sentence;
import org.figlint.parse.Mention;
import org.figlint.report.Location;
import org.figlint.rule.Fact;
import org.figlint.value.DateInterval;
import org.figlint.value.Kind;
import org.figlint.value.Money;
import org.figlint.value.Percent;
import org.figlint.value.Value;

/**
 * Groups claims about the same fact (same predicate, same entities, compatible time) across
 * all documents of a run, through a hash of their key: no all-pairs comparison of the corpus.
 * In each group the reference is the largest set of mutually consistent values (ties: the
 * earliest document); each dissenting mention gets one finding pointing at the reference.
 * Claims that a fact of the base covers are left to fact-contradiction.
 */
abstract class SameFactCheck implements Check {
  /**
   * Claims of two documents without explicit time are compared only when the documents were
   * published within this many days: news figures of the same subject change over time.
   */
  static final long SAME_TIME_DAYS = 31;

  private static final BigDecimal CROSS_CURRENCY_TOLERANCE = new BigDecimal("0.03");

  abstract boolean handles(Kind kind);

  /** Whether a claim's subject can identify one fact of this check's kind. */
  boolean subjectFits(Claim c) {
    return true;
  }

  /** Whether a value is precise enough to be compared. */
  boolean precise(Value value) {
    return true;
  }

  @Override
  public void checkCorpus(List<AnalysedDocument> docs, CheckContext ctx) {
    Map<String, List<Claim>> groups = new LinkedHashMap<>();
    for (AnalysedDocument doc : docs) {
      Set<Mention> covered = coveredByFacts(doc, ctx);
      for (Claim c : doc.claims()) {
        if (!c.comparable() || !handles(c.mention().kind()) || covered.contains(c.mention())
            || !precise(c.mention().value()) || !subjectFits(c)) {
          continue;
        }
        if (c.mention().value() instanceof DateInterval d && (!d.resolved() || d.relative())) {
          continue;
        }
        if (inList(doc, c)) {
          continue;
        }
        String key = c.mention().kind() + "|" + c.predicate() + "|" + unit(c.mention().value())
            + "|" + String.join("|", c.subject());
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
    }
    for (List<Claim> group : groups.values()) {
      if (group.size() > 1) {
        resolve(group, ctx);
      }
    }
  }

  /**
   * A figure among several of its kind in one sentence is part of a list or a comparison
   * ("15,2 millions contre 16,8 millions"), not a statement of one fact.
   */
  static boolean inList(AnalysedDocument doc, Claim c) {
    org.figlint.claim.Sentence s = doc.sentences().get(c.sentence());
    return doc.mentionsIn(s.start(), s.end(), c.mention().kind()).size() >= 3;
  }

  /** Nouns of people counted at an event: what they count changes with every event. */
  private static final Set<String> EVENT_UNITS = Set.of(
      "personne", "gen", "habitant", "victime", "mort", "blessé", "manifestant", "participant",
      "spectateur", "visiteur", "migrant", "enfant", "homme", "femme", "adolescent", "policier",
      "gendarme", "militaire", "soldat", "pompier", "passager", "élève", "étudiant", "électeur");

  /** What is measured: a count's noun (singular, lower case), percent or points; money is one. */
  static String unit(Value v) {
    if (v instanceof org.figlint.value.Count c) {
      String u = c.unit().toLowerCase(java.util.Locale.ROOT);
      return u.endsWith("s") || u.endsWith("x") ? u.substring(0, u.length() - 1) : u;
    }
    if (v instanceof Percent p) {
      return p.points() ? "points" : "%";
    }
    return "";
  }

  private static Set<Mention> coveredByFacts(AnalysedDocument doc, CheckContext ctx) {
    Set<Mention> covered = new HashSet<>();
    for (AnalysedDocument.FactMention fm : FactCheck.factMentions(doc, ctx)) {
      covered.add(fm.mention());
    }
    return covered;
  }

  private static final Comparator<Claim> EARLIEST =
      Comparator.comparing((Claim c) -> c.document().date(),
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(c -> c.document().path())
          .thenComparingInt(c -> c.mention().start());

  private void resolve(List<Claim> group, CheckContext ctx) {
    List<Claim> remaining = new ArrayList<>(group);
    remaining.sort(EARLIEST);
    Map<Long, Boolean> cache = new HashMap<>();
    while (remaining.size() > 1) {
      Claim reference = null;
      int bestSupport = -1;
      boolean periodic = ctx.lexicon().periodic(group.get(0).predicate());
      for (int i = 0; i < remaining.size(); i++) {
        int support = 0;
        for (int j = 0; j < remaining.size(); j++) {
          if (i != j && comparable(remaining.get(i), remaining.get(j), periodic)
              && consistent(remaining.get(i), remaining.get(j), ctx)) {
            support++;
          }
        }
        if (support > bestSupport) {
          bestSupport = support;
          reference = remaining.get(i);
        }
      }
      List<Claim> agreeing = new ArrayList<>();
      List<Claim> dissenting = new ArrayList<>();
      List<Claim> later = new ArrayList<>();
      for (Claim c : remaining) {
        if (c == reference) {
          continue;
        }
        if (!comparable(reference, c, periodic)) {
          later.add(c);
        } else if (consistent(reference, c, ctx)) {
          agreeing.add(c);
        } else {
          dissenting.add(c);
        }
      }
      for (Claim d : dissenting) {
        report(d, reference, agreeing, ctx);
      }
      remaining = later;
    }
    cache.clear();
  }

  /**
   * Same time: explicit time contexts overlap, or publication dates are close. A periodic
   * measure (revenue, headcount) is compared only when a date says which time a figure is
   * about: one of the two within a document, both across documents.
   */
  static boolean comparable(Claim a, Claim b, boolean periodic) {
    if (a.document() == b.document() && a.sentence() == b.sentence()) {
      return false;
    }
    boolean dates = a.mention().kind() == Kind.DATE;
    if (periodic && !dates) {
      boolean sameDocument = a.document() == b.document();
      if (sameDocument ? a.time() == null && b.time() == null : a.time() == null || b.time() == null) {
        return false;
      }
    }
    if (!dates && a.time() != null && b.time() != null) {
      return a.time().overlaps(b.time());
    }
    if (a.document() == b.document()) {
      return true;
    }
    if (!a.comparableAcrossDocuments() || !b.comparableAcrossDocuments()) {
      return false;
    }
    if (!dates && (a.time() == null || b.time() == null)) {
      Value v = a.mention().value();
      // Percents (polls, growth) and counts of people at an event change from one article to
      // the next: across documents they are compared only with explicit times.
      if (v instanceof Percent || (v instanceof org.figlint.value.Count
          && EVENT_UNITS.contains(unit(v)))) {
        return false;
      }
    }
    if (a.time() != null && b.time() != null && !dates) {
      return true;
    }
    LocalDate da = a.document().date();
    LocalDate db = b.document().date();
    if (da != null && db != null) {
      return Math.abs(ChronoUnit.DAYS.between(da, db)) <= SAME_TIME_DAYS;
    }
    return true;
  }

  static boolean consistent(Claim a, Claim b, CheckContext ctx) {
    Value va = a.mention().value();
    Value vb = b.mention().value();
    if (va instanceof DateInterval da && vb instanceof DateInterval db) {
      return da.overlaps(db);
    }
    if (va instanceof Percent pa && vb instanceof Percent pb && pa.points() != pb.points()) {
      return true;
    }
    BigDecimal tolerance = ctx.config().decimal("tolerance");
    if (va instanceof Money ma && vb instanceof Money mb) {
      if (ma.currency().equals(mb.currency())) {
        return Values.bounds(va, false).overlaps(Values.bounds(vb, false), tolerance);
      }
      Optional<Values.Converted> ca = Values.convert(Values.bounds(va, true), ma.currency(), "EUR",
          a.document().date(), ctx.rates());
      Optional<Values.Converted> cb = Values.convert(Values.bounds(vb, true), mb.currency(), "EUR",
          b.document().date(), ctx.rates());
      if (ca.isEmpty() || cb.isEmpty()) {
        return true;
      }
      return ca.get().bounds().overlaps(cb.get().bounds(),
          tolerance.max(CROSS_CURRENCY_TOLERANCE));
    }
    if (!va.getClass().equals(vb.getClass())) {
      return true;
    }
    return Values.bounds(va, false).overlaps(Values.bounds(vb, false), tolerance);
  }

  private void report(Claim dissent, Claim reference, List<Claim> agreeing, CheckContext ctx) {
    List<Location> related = new ArrayList<>();
    List<Claim> refs = new ArrayList<>();
    refs.add(reference);
    refs.addAll(agreeing);
    for (Claim r : refs.subList(0, Math.min(3, refs.size()))) {
      related.add(CheckContext.location(r.document(), r.mention().start(), r.mention().end(),
          ctx.message("related", r.mention().text())));
    }
    Values v = ctx.values();
    Mention m = dissent.mention();
    Mention ref = reference.mention();
    int refLine = reference.document().lines()
        .position(reference.document().document().originalOffset(ref.start())).line();
    String where = reference.document() == dissent.document()
        ? ctx.message("line", refLine)
        : reference.document().path() + ":" + refLine;
    String subject = dissent.predicate() + " — " + String.join(", ", dissent.entities());
    String message = ctx.message("message", m.text(), v.value(m.value()), ref.text(),
        v.value(ref.value()), where, subject, refs.size());
    ctx.report(dissent.document(), m.start(), m.end(), message, related);
  }
}
