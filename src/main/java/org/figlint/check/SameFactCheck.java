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
import java.util.Set;
import org.figlint.claim.AnalysedDocument;
import org.figlint.claim.ArchivedClaim;
import org.figlint.claim.Claim;
import org.figlint.claim.ClaimArchive;
import org.figlint.claim.RunClaim;
import org.figlint.claim.Statement;
import org.figlint.parse.Mention;
import org.figlint.report.Finding;
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
 * Claims that a fact of the base covers are left to fact-contradiction. With an archive, each
 * group also gets the archived claims of its key (one indexed look-up per key), and findings
 * go only to the documents of the run.
 */
abstract class SameFactCheck implements CorpusCheck {
  /**
   * Claims of two documents without explicit time are compared only when the documents were
   * published within this many days: news figures of the same subject change over time.
   */
  static final long SAME_TIME_DAYS = 31;

  private static final BigDecimal CROSS_CURRENCY_TOLERANCE = new BigDecimal("0.03");

  abstract boolean handles(Kind kind);

  /** Whether a claim's subject can identify one fact of this check's kind. */
  boolean subjectFits(Statement c) {
    return true;
  }

  /** Whether a value is precise enough to be compared. */
  boolean precise(Value value) {
    return true;
  }

  /**
   * What this check keeps of a document for the comparison across documents: its claims that
   * can be compared and that no fact of the base covers, in their compact form.
   */
  @Override
  public List<RunClaim> keep(AnalysedDocument doc, int document, RunClaim.Sets sets,
      CheckContext ctx) {
    Set<Mention> covered = null;
    List<RunClaim> out = new ArrayList<>();
    Map<String, Integer> perKey = new HashMap<>();
    for (Claim c : doc.claims()) {
      if (!eligible(c)) {
        continue;
      }
      if (covered == null) {
        covered = coveredByFacts(doc, ctx);
      }
      if (!covered.contains(c.mention())) {
        RunClaim kept = RunClaim.of(c, document,
            doc.date() != null ? doc.date() : ctx.undatedPublished(), sets);
        if (perKey.merge(kept.key(), 1, Integer::sum) <= MAX_BLOCK) {
          out.add(kept);
        }
      }
    }
    return out;
  }

  /**
   * Groups the kept claims of a run by key; the archive is read first, one look-up per key, all
   * asked at once so that the archive can share them between its connections; then the groups,
   * which are independent, are resolved on every core, each with its own context.
   */
  @Override
  public void checkKept(List<RunClaim> kept, CheckContext ctx) {
    Map<String, List<Statement>> groups = new LinkedHashMap<>();
    Set<String> paths = new HashSet<>();
    for (RunClaim c : kept) {
      paths.add(c.documentPath());
      groups.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(c);
    }
    List<ClaimArchive.Request> requests = new ArrayList<>(groups.size());
    for (Map.Entry<String, List<Statement>> group : groups.entrySet()) {
      requests.add(new ClaimArchive.Request(group.getKey(),
          ClaimArchive.Window.around(group.getValue(), SAME_TIME_DAYS)));
    }
    List<List<ArchivedClaim>> answers = ctx.archive().lookupAll(requests);
    int k = 0;
    for (List<Statement> group : groups.values()) {
      group.addAll(archived(answers.get(k++), group, paths, ctx));
    }
    List<List<Finding>> found = new ArrayList<>(groups.values()).parallelStream().map(claims -> {
      CheckContext local = ctx.fork();
      for (Block block : blocks(claims)) {
        if (block.claims().size() > 1) {
          resolve(block, local);
        }
      }
      return local.findings();
    }).toList();
    found.forEach(ctx::addAll);
  }

  /**
   * Groups larger than this are resolved in blocks of about this many claims, so that the
   * cost stays linear in the number of claims (the resolution of one block is quadratic). A
   * block is never cut inside a document, so a document gives a group this many claims at
   * most, the first in the text: more of one subject, predicate and unit in one document
   * (thousands of "Apple a levé 15 millions d'euros." in a row) made one block of all of them,
   * whose resolution took time and memory in the square of their number (29,000 claims: 52 s,
   * and out of memory at 117,000).
   */
  static final int MAX_BLOCK = 256;

  /**
   * Claims resolved together: the first {@code context} of them, in publication order, were
   * resolved in the block before and only weigh in the choice of a reference here.
   */
  record Block(List<Statement> claims, int context) {}

  /**
   * A group of claims as the blocks it is resolved in: the whole group when it is small; else
   * its claims in publication order, cut where no claim was published for more than {@link
   * #SAME_TIME_DAYS} days (claims without an explicit time on either side are about different
   * times) and, in a long run of close dates, every {@link #MAX_BLOCK} claims, never inside a
   * document. Each block but the first starts with the last {@link #CONTEXT} claims of the one
   * before, as context: claims with an explicit time ("en janvier 2016") stay comparable across
   * a gap in publication, and without them a block could hold two agreeing wrong quotes of an
   * event and one right one, and take the wrong amount as its reference though the documents
   * before gave the right one.
   */
  static List<Block> blocks(List<Statement> claims) {
    if (claims.size() <= MAX_BLOCK) {
      return List.of(new Block(claims, 0));
    }
    List<Statement> sorted = new ArrayList<>(claims);
    sorted.sort(EARLIEST);
    List<Block> out = new ArrayList<>();
    List<Statement> block = new ArrayList<>();
    int context = 0;
    LocalDate last = null;
    for (Statement c : sorted) {
      LocalDate date = c.documentDate();
      boolean gap = last != null && date != null
          && ChronoUnit.DAYS.between(last, date) > SAME_TIME_DAYS;
      boolean full = block.size() - context >= MAX_BLOCK
          && !c.documentPath().equals(block.get(block.size() - 1).documentPath());
      if (!block.isEmpty() && (gap || full)) {
        out.add(new Block(block, context));
        List<Statement> carried =
            block.subList(Math.max(0, block.size() - CONTEXT), block.size());
        block = new ArrayList<>(carried);
        context = carried.size();
      }
      block.add(c);
      if (date != null) {
        last = date;
      }
    }
    out.add(new Block(block, context));
    return out;
  }

  /** How many claims of a block are carried into the next one as context. */
  static final int CONTEXT = MAX_BLOCK / 2;

  /** What a claim, of the run or of the archive, must be to be compared by this check. */
  private boolean eligible(Statement c) {
    if (!c.comparable() || !handles(c.kind()) || !precise(c.value()) || !subjectFits(c)
        || c.listed()) {
      return false;
    }
    return !(c.value() instanceof DateInterval d && (!d.resolved() || d.relative()));
  }

  /**
   * The archived claims of a group that some claim of the run can be compared with, among
   * those its look-up found (by key, within the window of the run's dates and times). A
   * document of the run is read as it is now, not as it was archived; an archived claim whose
   * sentence a fact of the base speaks about is left to the fact base, as in the run (asked
   * last: it reads the sentence).
   */
  private List<Statement> archived(List<ArchivedClaim> found, List<Statement> run,
      Set<String> paths, CheckContext ctx) {
    List<Statement> out = new ArrayList<>();
    boolean periodic = ctx.lexicon().periodic(run.get(0).predicate());
    Map<String, Integer> perDocument = new HashMap<>();
    for (ArchivedClaim a : found) {
      if (paths.contains(a.documentPath()) || !eligible(a) || !comparableWithAny(run, a, periodic)
          || coveredByFacts(a, ctx)) {
        continue;
      }
      if (perDocument.merge(a.documentPath(), 1, Integer::sum) <= MAX_BLOCK) {
        out.add(a);
      }
    }
    return out;
  }

  private boolean comparableWithAny(List<Statement> run, ArchivedClaim archived,
      boolean periodic) {
    for (Statement c : run) {
      if (comparable(c, archived, periodic)) {
        return true;
      }
    }
    return false;
  }

  /** Nouns of people counted at an event: what they count changes with every event. */
  private static final Set<String> EVENT_UNITS = Set.of(
      "personne", "gen", "habitant", "victime", "mort", "blessé", "manifestant", "participant",
      "spectateur", "visiteur", "migrant", "enfant", "homme", "femme", "adolescent", "policier",
      "gendarme", "militaire", "soldat", "pompier", "passager", "élève", "étudiant", "électeur");

  private static Set<Mention> coveredByFacts(AnalysedDocument doc, CheckContext ctx) {
    Set<Mention> covered = new HashSet<>();
    for (AnalysedDocument.FactMention fm : FactCheck.factMentions(doc, ctx)) {
      covered.add(fm.mention());
    }
    return covered;
  }

  private static boolean coveredByFacts(ArchivedClaim claim, CheckContext ctx) {
    for (Fact fact : ctx.lexicon().index().factsFor(claim.sentenceText())) {
      if (fact.parsed() instanceof Value v && v.kind() == claim.kind()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Publication order: by date, and on one day an archived document before the documents of
   * the run, which are not yet published (a draft dated like the story it updates is checked
   * against it, whatever their paths); then by path and place.
   */
  private static final Comparator<Statement> EARLIEST =
      Comparator.comparing(Statement::documentDate, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing((Statement c) -> c instanceof RunClaim)
          .thenComparing(Statement::documentPath)
          .thenComparingInt(Statement::offset);

  /**
   * Findings go to the claims of the run only: archived documents were checked before. Each
   * round takes as reference the claim that the most others are comparable and consistent
   * with (ties: the earliest), reports the run's claims that are comparable but not consistent
   * with it, and goes on with the claims not comparable with it. Which pairs are comparable and
   * consistent is worked out once for the block, and the supports are kept up to date as
   * claims leave, so a block of n claims costs n² tests whatever the number of rounds.
   */
  private void resolve(Block block, CheckContext ctx) {
    List<Statement> group = block.claims();
    List<Statement> claims = new ArrayList<>(group);
    claims.sort(EARLIEST);
    int n = claims.size();
    // The context claims, resolved in the block before: a block is made in publication order,
    // so they stay its first ones through this (stable) sort.
    boolean[] resolved = new boolean[n];
    java.util.Arrays.fill(resolved, 0, block.context(), true);
    boolean periodic = ctx.lexicon().periodic(group.get(0).predicate());
    boolean[][] comparable = new boolean[n][n];
    boolean[][] agrees = new boolean[n][n];
    int[] support = new int[n];
    Consistency[] values = new Consistency[n];
    for (int i = 0; i < n; i++) {
      values[i] = Consistency.of(claims.get(i), ctx);
    }
    // Comparability is symmetric (claims of one group share kind, predicate and unit): each
    // pair is tested once. Consistency is not (the tolerance widens the first value's bounds).
    for (int i = 0; i < n; i++) {
      Statement a = claims.get(i);
      for (int j = i + 1; j < n; j++) {
        if (comparable(a, claims.get(j), periodic)) {
          comparable[i][j] = true;
          comparable[j][i] = true;
          if (values[i].consistent(values[j])) {
            agrees[i][j] = true;
            support[i]++;
          }
          if (values[j].consistent(values[i])) {
            agrees[j][i] = true;
            support[j]++;
          }
        }
      }
    }
    // The claims still to resolve, in publication order.
    int[] remaining = new int[n];
    for (int i = 0; i < n; i++) {
      remaining[i] = i;
    }
    int size = n;
    int[] left = new int[n];
    while (size > 1 && anyOfRun(claims, resolved, remaining, size)) {
      int reference = -1;
      for (int k = 0; k < size; k++) {
        int i = remaining[k];
        if (reference < 0 || support[i] > support[reference]) {
          reference = i;
        }
      }
      List<Statement> agreeing = new ArrayList<>();
      List<Statement> dissenting = new ArrayList<>();
      int kept = 0;
      int leaving = 0;
      for (int k = 0; k < size; k++) {
        int c = remaining[k];
        if (c != reference && !comparable[reference][c]) {
          remaining[kept++] = c;
          continue;
        }
        left[leaving++] = c;
        if (c != reference) {
          if (agrees[reference][c]) {
            agreeing.add(claims.get(c));
          } else if (!resolved[c]) {
            dissenting.add(claims.get(c));
          }
        }
      }
      Statement ref = claims.get(reference);
      for (Statement d : dissenting) {
        if (d instanceof RunClaim claim) {
          report(claim, ref, agreeing, ctx);
        }
      }
      size = kept;
      for (int k = 0; k < size; k++) {
        int i = remaining[k];
        for (int l = 0; l < leaving; l++) {
          if (agrees[i][left[l]]) {
            support[i]--;
          }
        }
      }
    }
  }

  private static boolean anyOfRun(List<Statement> claims, boolean[] resolved, int[] remaining,
      int size) {
    for (int k = 0; k < size; k++) {
      if (claims.get(remaining[k]) instanceof RunClaim && !resolved[remaining[k]]) {
        return true;
      }
    }
    return false;
  }

  /**
   * Same time: explicit time contexts overlap, or publication dates are close. A periodic
   * measure (revenue, headcount) is compared only when a date says which time a figure is
   * about: one of the two within a document, both across documents.
   */
  static boolean comparable(Statement a, Statement b, boolean periodic) {
    if (a.sameSentence(b)) {
      return false;
    }
    boolean dates = a.kind() == Kind.DATE;
    if (a.value() instanceof Money ma && b.value() instanceof Money mb
        && !java.util.Objects.equals(ma.period(), mb.period())) {
      return false; // a monthly pay is not a yearly one, nor a lump sum
    }
    boolean sameDocument = a.sameDocument(b);
    if (!sameDocument && a.value() instanceof Percent) {
      // A percentage is a share of something its sentence names (votes, growth, a market):
      // two articles rarely give the same one, so percentages are compared within a document.
      return false;
    }
    if (periodic && !dates) {
      if (sameDocument ? a.time() == null && b.time() == null : a.time() == null || b.time() == null) {
        return false;
      }
    }
    if (!dates && a.time() != null && b.time() != null) {
      return a.time().overlaps(b.time());
    }
    if (!dates && !periodic && (a.time() == null) != (b.time() == null)) {
      // An event without a time is news of its article's days: "X a levé 158 M€" in May 2023
      // is not "en mars 2022, X avait levé 14 M€", and is "en mai 2023, X a levé 15 M€"
      // whenever either was published.
      Boolean sameDays = sameDays(a.time() != null ? a : b, a.time() != null ? b : a);
      if (sameDays != null) {
        return sameDays;
      }
    }
    if (sameDocument) {
      return true;
    }
    if (!a.comparableAcrossDocuments() || !b.comparableAcrossDocuments()) {
      return false;
    }
    if (!dates && (a.time() == null || b.time() == null)) {
      Value v = a.value();
      // Percents (polls, growth) and counts of people at an event change from one article to
      // the next: across documents they are compared only with explicit times.
      if (v instanceof Percent || (v instanceof org.figlint.value.Count
          && EVENT_UNITS.contains(Statement.unit(v)))) {
        return false;
      }
    }
    if (a.time() != null && b.time() != null && !dates) {
      return true;
    }
    LocalDate da = a.documentDate();
    LocalDate db = b.documentDate();
    if (da != null && db != null) {
      return Math.abs(ChronoUnit.DAYS.between(da, db)) <= SAME_TIME_DAYS;
    }
    return true;
  }

  /**
   * Whether an event without a time, {@code untimed}, is about the written time of {@code
   * timed}: whether its article was published within {@link #SAME_TIME_DAYS} days of that
   * time; null when either date is unknown.
   */
  private static Boolean sameDays(Statement timed, Statement untimed) {
    LocalDate published = untimed.documentDate();
    if (published == null || !timed.time().resolved()) {
      return null;
    }
    return !published.isBefore(timed.time().start().minusDays(SAME_TIME_DAYS))
        && !published.isAfter(timed.time().end().plusDays(SAME_TIME_DAYS));
  }

  /**
   * A claim's value as the test of consistency needs it, worked out once per claim rather than
   * for every pair: its bounds, widened by the tolerance, and for money its bounds in euros on
   * its document's date (rounding allowed), widened by the tolerance across currencies. Two
   * values are consistent when the widened bounds of the first meet the bounds of the second;
   * dates, when their intervals overlap; values that cannot be compared are consistent.
   */
  private record Consistency(Value value, Values.Bounds bounds, Values.Bounds widened,
      Values.Bounds euros, Values.Bounds eurosWidened) {
    static Consistency of(Statement c, CheckContext ctx) {
      Value v = c.value();
      if (v instanceof DateInterval) {
        return new Consistency(v, null, null, null, null);
      }
      BigDecimal tolerance = ctx.config().decimal("tolerance");
      Values.Bounds bounds = Values.bounds(v, false);
      Values.Bounds euros = null;
      if (v instanceof Money m) {
        euros = Values.convert(Values.bounds(v, true), m.currency(), "EUR", c.documentDate(),
            ctx.rates()).map(Values.Converted::bounds).orElse(null);
      }
      return new Consistency(v, bounds, bounds.widened(tolerance), euros,
          euros == null ? null : euros.widened(tolerance.max(CROSS_CURRENCY_TOLERANCE)));
    }

    boolean consistent(Consistency o) {
      if (value instanceof DateInterval da && o.value instanceof DateInterval db) {
        return da.overlaps(db);
      }
      if (value instanceof Percent pa && o.value instanceof Percent pb
          && pa.points() != pb.points()) {
        return true;
      }
      if (value instanceof Money ma && o.value instanceof Money mb
          && !ma.currency().equals(mb.currency())) {
        return euros == null || o.euros == null || eurosWidened.meets(o.euros);
      }
      if (!value.getClass().equals(o.value.getClass())) {
        return true;
      }
      return widened.meets(o.bounds);
    }
  }

  private void report(RunClaim dissent, Statement reference, List<Statement> agreeing,
      CheckContext ctx) {
    List<Location> related = new ArrayList<>();
    List<Statement> refs = new ArrayList<>();
    refs.add(reference);
    refs.addAll(agreeing);
    for (Statement r : refs.subList(0, Math.min(3, refs.size()))) {
      related.add(location(r, ctx));
    }
    Values v = ctx.values();
    int refLine = related.get(0).startLine();
    String where = reference.sameDocument(dissent)
        ? ctx.message("line", refLine)
        : reference.documentPath() + ":" + refLine;
    String subject = dissent.predicate() + " — " + String.join(", ", dissent.entities());
    String message = ctx.message("message", dissent.text(), v.value(dissent.value()),
        reference.text(), v.value(reference.value()), where, subject, refs.size());
    ctx.report(location(dissent), message, related);
  }

  /** Where a kept claim was written, in its original file. */
  private static Location location(RunClaim c) {
    return new Location(c.documentPath(), c.line(), c.column(), c.endLine(), c.endColumn(),
        c.snippet(), null);
  }

  /**
   * Where a reference value was written. An archived one also gives its document's date and
   * its sentence, since that document is not at hand.
   */
  private static Location location(Statement r, CheckContext ctx) {
    if (r instanceof RunClaim c) {
      return location(c).withMessage(ctx.message("related", c.text()));
    }
    ArchivedClaim a = (ArchivedClaim) r;
    ArchivedClaim.Span s = a.span();
    String date = a.documentDate() == null ? "?" : a.documentDate().toString();
    return new Location(a.documentPath(), s.line(), s.column(), s.endLine(), s.endColumn(),
        a.text(), ctx.message("archived", a.text(), date, a.sentenceText()));
  }
}
