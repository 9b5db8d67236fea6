package org.figlint.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.figlint.document.Document;
import org.figlint.document.Transcripts;
import org.figlint.document.LineMap;
import org.figlint.parse.Mention;
import org.figlint.rule.EntityKind;
import org.figlint.rule.RuleIndex;
import org.figlint.rule.Terms;
import org.figlint.value.DateInterval;
import org.figlint.value.Kind;

/**
 * A document with its mentions, sentences, entity occurrences and claims: everything the checks
 * read. Built once per document; what it gives never changes (line map, words and the
 * entities of sentences without a figure are worked out when first asked for).
 */
public final class AnalysedDocument {
  /** An entity found in the text: canonical name and UTF-16 span in the document. */
  public record EntityOccurrence(String name, String written, int start, int end) {}

  /** A predicate term found in the text. */
  public record PredicateOccurrence(Lexicon.CompiledPredicate predicate, int start, int end) {}

  private final Document document;
  private final List<Mention> mentions;
  private final List<Sentence> sentences;
  private final List<PredicateOccurrence> predicateTerms;
  private final List<Claim> claims;
  /**
   * The starts of the mentions, of the entities of sentences with a figure and of the predicate
   * terms: the claims of each clause look up what lies in it by a binary search over plain ints.
   */
  private final int[] mentionStarts;
  private final int[] entityStarts;
  private final int[] predicateStarts;
  /** Lines and columns of the original text, worked out when a position is first asked for. */
  private volatile LineMap lines;
  /** Whether a mention starts in each sentence: only those are searched for claims. */
  private final java.util.BitSet figure;
  /** The words of each sentence, tokenized once when first needed. */
  private final Terms.Text[] words;
  /** The entities of each sentence, as {@link RuleIndex#entitiesIn} finds them, when asked. */
  private final List<RuleIndex.EntityMatch>[] entityMatches;
  private final Lexicon lexicon;
  /** The entities named in the sentences with a figure: those claims are bound to. */
  private final List<EntityOccurrence> figureEntities;
  /** The entities named anywhere, found when first asked for. */
  private volatile List<EntityOccurrence> allEntities;
  private volatile Set<String> entityNames;

  private AnalysedDocument(Document document, List<Mention> mentions, Lexicon lexicon) {
    this.document = document;
    List<Mention> inOrder = new ArrayList<>(mentions);
    inOrder.sort(Comparator.comparingInt(Mention::start));
    this.mentions = List.copyOf(inOrder);
    String text = document.analysed();
    // Only the sentences with a figure are split into clauses: the claims are bound in them.
    // The segmenter asks once per sentence in text order, and the mentions are in it: one
    // cursor answers, and its answers are kept for the sentences' other uses.
    java.util.BitSet withFigure = new java.util.BitSet();
    this.sentences = Segmenter.sentences(text, Transcripts.isTranscript(document.text()),
        new Segmenter.ClausesWanted() {
          private int next;
          private int asked;

          @Override
          public boolean in(int start, int end) {
            next = firstFrom(next, start);
            boolean figure = next < mentions.size() && mentions.get(next).start() < end;
            withFigure.set(asked++, figure);
            return figure;
          }
        });
    this.figure = withFigure;
    List<EntityOccurrence> ents = new ArrayList<>();
    List<PredicateOccurrence> preds = new ArrayList<>();
    this.lexicon = lexicon;
    this.words = new Terms.Text[sentences.size()];
    @SuppressWarnings("unchecked")
    List<RuleIndex.EntityMatch>[] matches = new List[sentences.size()];
    this.entityMatches = matches;
    // Claims are bound to the entities and predicates of their own sentence: only the
    // sentences with a figure are searched (entities() searches the others when asked).
    for (int si = 0; si < sentences.size(); si++) {
      if (figure.get(si)) {
        findTerms(text, si, ents, preds);
      }
    }
    ents.sort(Comparator.comparingInt(EntityOccurrence::start));
    preds.sort(Comparator.comparingInt(PredicateOccurrence::start));
    this.figureEntities = List.copyOf(ents);
    this.predicateTerms = List.copyOf(preds);
    this.mentionStarts = starts(this.mentions, Mention::start);
    this.entityStarts = starts(figureEntities, EntityOccurrence::start);
    this.predicateStarts = starts(predicateTerms, PredicateOccurrence::start);
    this.claims = buildClaims(lexicon);
  }

  /** The starts of {@code items}, in their order. */
  private static <T> int[] starts(List<T> items, ToIntFunction<T> start) {
    int[] out = new int[items.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = start.applyAsInt(items.get(k));
    }
    return out;
  }

  /** The index of the first of {@code starts} (sorted) at or after {@code offset}. */
  public static int firstAtOrAfter(int[] starts, int offset) {
    int lo = 0;
    int hi = starts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The first mention from index {@code k} on that starts at or after {@code offset}. */
  private int firstFrom(int k, int offset) {
    int i = k;
    while (i < mentions.size() && mentions.get(i).start() < offset) {
      i++;
    }
    return i;
  }

  /** The entities and predicate terms of sentence {@code si}, added to the lists. */
  private void findTerms(String text, int si, List<EntityOccurrence> ents,
      List<PredicateOccurrence> preds) {
    Sentence s = sentences.get(si);
    List<RuleIndex.EntityMatch> matches = entityMatches(si);
    for (int k = 0; k < matches.size(); k++) {
      RuleIndex.EntityMatch m = matches.get(k);
      int start = s.start() + m.start();
      int end = s.start() + m.end();
      String written = text.substring(start, end);
      if (!Lexicon.writtenAsNamed(written, m.entity()) || isSource(text, start)) {
        continue;
      }
      ents.add(new EntityOccurrence(m.entity().name(), written, start, end));
    }
    if (preds != null) {
      Terms terms = lexicon.predicateTerms();
      List<String> written = terms.written();
      int offset = s.start();
      terms.find(sentenceWords(si), (term, start, end) -> {
        List<Lexicon.CompiledPredicate> of = lexicon.predicatesOf(written.get(term));
        for (int k = 0; k < of.size(); k++) {
          preds.add(new PredicateOccurrence(of.get(k), offset + start, offset + end));
        }
      });
    }
  }

  /**
   * The entities the rules name in sentence {@code index}, as {@link RuleIndex#entitiesIn}
   * finds them in its words (spans from the sentence's start), found once: the claims' binding
   * and the checks that look for places in a sentence share them.
   */
  public List<RuleIndex.EntityMatch> entityMatches(int index) {
    List<RuleIndex.EntityMatch> found = entityMatches[index];
    if (found == null) {
      found = List.copyOf(lexicon.index().entitiesIn(sentenceWords(index)));
      entityMatches[index] = found; // a race only finds them twice, the same
    }
    return found;
  }

  private static final String[] SOURCE_CUES = {
    "selon ", "d'après ", "d’après ", "rapporte ", "rapportent ", "a rapporté ", "indique ",
    "révèle ", "a révélé ", "affirme ", "écrit ", "cité par ", "citée par ", "interrogé par ",
    "interrogée par ", "au micro de ", "sur l'antenne de ", "dans les colonnes du ",
    "dans les colonnes de ", "a appris ", "ont appris ", "a indiqué à ", "a déclaré à ",
    "a confié à ", "a confirmé à ", "a précisé à ", "auprès de ", "source ", "sources ",
    "relayé par ", "relayée par ", "publié par ", "publiée par ", "a annoncé à "
  };

  /**
   * "selon Le Monde", "a appris l'AFP": a medium quoted as a source is not what the figure is
   * about.
   */
  private static boolean isSource(String text, int start) {
    // Every cue ends with a space, and so does what an elided or stripped article leaves: a
    // name right after anything but a space or an apostrophe follows no cue.
    char last = start == 0 ? 0 : text.charAt(start - 1);
    if (last != ' ' && last != '\'' && last != '’') {
      return false;
    }
    String before = text.substring(Math.max(0, start - 30), start).toLowerCase(java.util.Locale.ROOT);
    if (before.endsWith("l'") || before.endsWith("l’")) {
      before = before.substring(0, before.length() - 2) + " ";
      before = before.replace("  ", " ");
    } else if (before.endsWith("le ") || before.endsWith("la ") || before.endsWith("du ")) {
      before = before.substring(0, before.length() - 3);
    }
    for (String cue : SOURCE_CUES) {
      if (before.endsWith(cue)) {
        return true;
      }
    }
    return false;
  }

  public static AnalysedDocument of(Document document, List<Mention> mentions, Lexicon lexicon) {
    return new AnalysedDocument(document, mentions, lexicon);
  }

  /**
   * One claim per mention of a sentence. The claims of a clause share what is worked out for
   * the clause (its entities, subject and time, its predicate terms by kind), and the nearest
   * predicate is found by a binary search: a sentence that holds thousands of figures, names
   * and predicate terms costs time in proportion, not in the square.
   */
  private List<Claim> buildClaims(Lexicon lexicon) {
    List<Claim> out = new ArrayList<>(mentions.size());
    ClauseParts parts = null;
    for (Mention m : mentions) {
      int si = sentenceIndex(m.start());
      if (si < 0) {
        continue;
      }
      Sentence s = sentences.get(si);
      int[] clause = s.clauseOf(m.start());
      if (parts == null || parts.start != clause[0] || parts.end != clause[1]) {
        parts = new ClauseParts(clause[0], clause[1], s, lexicon);
      }
      String predicate = parts.nearestPredicate(m);
      DateInterval time = m.value() instanceof DateInterval d ? d : parts.time();
      out.add(new Claim(this, m, si, predicate, parts.names, parts.subject, parts.kinds, time));
    }
    return List.copyOf(out);
  }

  /** What the claims of one clause share. */
  private final class ClauseParts {
    final int start;
    final int end;
    final Set<String> names;
    final Set<String> subject;
    final Set<EntityKind> kinds;
    private boolean timeFound;
    private DateInterval time;
    /** The clause's predicate terms that apply to a kind of figure, by kind. */
    @SuppressWarnings("unchecked")
    private final List<PredicateOccurrence>[] predicates = new List[KINDS];

    ClauseParts(int start, int end, Sentence s, Lexicon lexicon) {
      this.start = start;
      this.end = end;
      Set<String> found = entitiesIn(start, end);
      if (found.isEmpty()) {
        found = entitiesIn(s.start(), s.end());
      }
      Set<String> about = new TreeSet<>();
      java.util.EnumSet<EntityKind> of = java.util.EnumSet.noneOf(EntityKind.class);
      for (String name : found) {
        EntityKind kind = lexicon.kindOf(name);
        if (kind != EntityKind.PLACE) {
          about.add(name);
          of.add(kind);
        }
      }
      this.names = java.util.Collections.unmodifiableSet(found);
      this.subject = java.util.Collections.unmodifiableSet(about);
      this.kinds = java.util.Collections.unmodifiableSet(of);
    }

    /** The first explicit, resolved date of the clause, or null. */
    DateInterval time() {
      if (!timeFound) {
        timeFound = true;
        for (int k = firstAtOrAfter(mentionStarts, start);
            k < mentions.size() && mentionStarts[k] < end; k++) {
          Mention other = mentions.get(k);
          if (other.end() <= end
              && other.value() instanceof DateInterval d && d.year() != null && d.resolved()) {
            time = d;
            break;
          }
        }
      }
      return time;
    }

    /**
     * The predicate of the clause's term nearest to {@code m} (0 when they overlap), the
     * earlier term on a tie; null when no term of the clause applies to its kind.
     */
    String nearestPredicate(Mention m) {
      Kind kind = m.kind();
      List<PredicateOccurrence> terms = predicates[kind.ordinal()];
      if (terms == null) {
        terms = new ArrayList<>();
        for (int k = firstAtOrAfter(predicateStarts, start);
            k < predicateTerms.size() && predicateStarts[k] < end; k++) {
          PredicateOccurrence p = predicateTerms.get(k);
          if (p.end() <= end && p.predicate().applies(kind)) {
            terms.add(p);
          }
        }
        predicates[kind.ordinal()] = terms;
      }
      PredicateOccurrence best = nearest(terms, m.start(), m.end());
      return best == null ? null : best.predicate().predicate().id();
    }
  }

  /**
   * The occurrence of {@code terms} nearest to [{@code start}, {@code end}): the distance is 0
   * when they overlap, else the gap between them; the earlier one on a tie. The occurrences
   * are in text order and never overlap one another unless they share a span (one term of
   * several predicates), which is what lets a binary search find the candidates: the last span
   * that ends before the figure, the spans that overlap it, and the first that starts after.
   */
  static PredicateOccurrence nearest(List<PredicateOccurrence> terms, int start, int end) {
    // The first occurrence that ends after the figure starts: it overlaps the figure or
    // follows it; the one before it ends at or before the start.
    int lo = 0;
    int hi = terms.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (terms.get(mid).end() <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    PredicateOccurrence best = null;
    int bestDistance = Integer.MAX_VALUE;
    if (lo > 0) {
      // The last span before the figure, at its first occurrence (the earliest on a tie).
      int k = lo - 1;
      PredicateOccurrence last = terms.get(k);
      while (k > 0 && terms.get(k - 1).start() == last.start()
          && terms.get(k - 1).end() == last.end()) {
        k--;
      }
      best = terms.get(k);
      bestDistance = start - last.end();
    }
    if (lo < terms.size()) {
      PredicateOccurrence next = terms.get(lo);
      int distance = next.start() >= end ? next.start() - end : 0;
      if (distance < bestDistance) {
        best = next;
      }
    }
    return best;
  }

  private Set<String> entitiesIn(int start, int end) {
    Set<String> names = new TreeSet<>();
    for (int k = firstAtOrAfter(entityStarts, start);
        k < figureEntities.size() && entityStarts[k] < end; k++) {
      EntityOccurrence e = figureEntities.get(k);
      if (e.end() <= end) {
        names.add(e.name());
      }
    }
    return names;
  }

  /**
   * The index of the first item starting at or after {@code offset} in a list sorted by start,
   * so that looking up what lies in a sentence or clause does not scan the whole document.
   */
  public static <T> int firstStartingAt(List<T> sorted, ToIntFunction<T> start, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (start.applyAsInt(sorted.get(mid)) < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  public int sentenceIndex(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** A fact of the base that applies to a sentence, with the mention it is compared with. */
  public record FactMention(org.figlint.rule.Fact fact, int sentence, Mention mention) {}

  private volatile List<FactMention> factMentions;

  /**
   * The facts that apply to this document's sentences, each with the mention of its kind
   * nearest to its terms; computed once and shared by the checks.
   */
  public List<FactMention> factMentions(
      java.util.function.BiFunction<AnalysedDocument, Integer, List<FactMention>> perSentence) {
    List<FactMention> result = factMentions;
    if (result == null) {
      List<FactMention> all = new ArrayList<>();
      for (int si = 0; si < sentences.size(); si++) {
        if (!figure.get(si)) {
          continue;
        }
        all.addAll(perSentence.apply(this, si));
      }
      result = List.copyOf(all);
      factMentions = result;
    }
    return result;
  }

  public Document document() {
    return document;
  }

  public String path() {
    return document.path();
  }

  public LocalDate date() {
    return document.date();
  }

  public String text() {
    return document.analysed();
  }

  /** A span of the analysed text as it lies in the original file, with its original text. */
  public record OriginalSpan(org.figlint.document.Position start,
      org.figlint.document.Position end, String text) {}

  /** Where the analysed span [start, end) lies in the original file; an empty span stays empty. */
  public OriginalSpan original(int start, int end) {
    int from = document.originalOffset(start);
    int to = end <= start ? from : Math.max(from, document.originalEnd(end));
    LineMap map = lines();
    return new OriginalSpan(map.position(from), map.position(to),
        document.text().substring(from, to));
  }

  public LineMap lines() {
    LineMap map = lines;
    if (map == null) {
      map = document.lines();
      lines = map; // a race only builds the same map twice
    }
    return map;
  }

  public List<Mention> mentions() {
    return mentions;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** The entities named in the document, in text order. */
  public List<EntityOccurrence> entities() {
    List<EntityOccurrence> all = allEntities;
    if (all == null) {
      List<EntityOccurrence> found = new ArrayList<>();
      for (int si = 0; si < sentences.size(); si++) {
        findTerms(document.analysed(), si, found, null);
      }
      found.sort(Comparator.comparingInt(EntityOccurrence::start));
      all = List.copyOf(found);
      allEntities = all;
    }
    return all;
  }

  /** The names of the entities named in the document: made when first asked. */
  public Set<String> entityNames() {
    Set<String> names = entityNames;
    if (names == null) {
      names = entities().stream().map(EntityOccurrence::name)
          .collect(Collectors.toUnmodifiableSet());
      entityNames = names;
    }
    return names;
  }

  public List<Claim> claims() {
    return claims;
  }

  /** The words of a sentence, with spans counted from the sentence's start. */
  public Terms.Text sentenceWords(int index) {
    Terms.Text w = words[index];
    if (w == null) {
      Sentence s = sentences.get(index);
      w = Terms.text(document.analysed(), s.start(), s.end());
      words[index] = w; // a race only tokenizes a sentence twice, with the same result
    }
    return w;
  }

  public String sentenceText(int index) {
    Sentence s = sentences.get(index);
    return document.analysed().substring(s.start(), s.end());
  }

  private static final int KINDS = Kind.values().length;

  /** How many mentions of each kind each sentence holds, by sentence: made when first asked. */
  private volatile int[][] kindCounts;

  /**
   * How many mentions of {@code kind} sentence {@code index} holds, as {@link #mentionsIn} would
   * list for its span, counted once for the whole document: a claim asks it of its sentence.
   */
  public int mentionCount(int index, Kind kind) {
    int[][] counts = kindCounts;
    if (counts == null) {
      counts = new int[sentences.size()][];
      for (Mention m : mentions) {
        int si = sentenceIndex(m.start());
        if (si >= 0 && m.end() <= sentences.get(si).end()) {
          if (counts[si] == null) {
            counts[si] = new int[KINDS];
          }
          counts[si][m.kind().ordinal()]++;
        }
      }
      kindCounts = counts; // a race only counts twice
    }
    return counts[index] == null ? 0 : counts[index][kind.ordinal()];
  }

  /** Mentions of a kind inside [start, end). */
  public List<Mention> mentionsIn(int start, int end, Kind kind) {
    List<Mention> out = new ArrayList<>();
    for (int k = firstAtOrAfter(mentionStarts, start);
        k < mentions.size() && mentionStarts[k] < end; k++) {
      Mention m = mentions.get(k);
      if (m.end() <= end && (kind == null || m.kind() == kind)) {
        out.add(m);
      }
    }
    return out;
  }
}
