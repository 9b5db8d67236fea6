package org.figlint.rule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The terms of a {@link RuleSet}, compiled once, to find entities, predicates and applicable
 * facts in sentences. An {@code about} term of a fact that names an entity also matches the
 * entity's other names ("Royaume-Uni" finds "Grande-Bretagne").
 */
public final class RuleIndex {

  /** An entity named in a text, with the span of the name. */
  public record EntityMatch(Entity entity, String written, int start, int end) {}

  private final Map<String, Entity> entitiesByKey = new HashMap<>();
  /** Each entity by its names as written in the rules: the terms {@link #entityTerms} finds. */
  private final Map<String, Entity> entitiesByName = new HashMap<>();
  private final Terms entityTerms;
  /** The entity of each term of {@link #entityTerms}, by its position there. */
  private final Entity[] entityOf;
  private final List<Predicate> predicates;
  private final List<Terms> predicateTerms = new ArrayList<>();
  private final List<Fact> facts;
  /** Every keyword and about name of every fact, to find them all in one pass. */
  private final Terms factTerms;
  /**
   * Per fact, per {@code about} term, the positions in {@link #factTerms} of the names that
   * stand for it; the fact applies to a sentence that holds one of each (and a keyword).
   */
  private final int[][][] aboutTerms;
  /** Per fact, the positions of its keywords in {@link #factTerms}. */
  private final int[][] keywordTerms;
  /**
   * For each term of {@link #factTerms}, by its position there, the facts it may bring in. A
   * fact needs one name of each {@code about} term and one keyword, so it is filed under one of
   * those groups of terms only: the one that the fewest facts name. A sentence's few terms bring
   * in a few facts to test, however many facts name its common words ("sommet").
   */
  private final int[][] anchored;
  /** The facts that have neither about terms nor keywords, and so apply to every sentence. */
  private final int[] unconditional;

  RuleIndex(RuleSet rules) {
    List<String> allNames = new ArrayList<>();
    List<String> allKeys = new ArrayList<>();
    for (Entity entity : rules.entities()) {
      for (String name : entity.names()) {
        String key = Terms.key(name);
        entitiesByKey.putIfAbsent(key, entity);
        allNames.add(name);
        allKeys.add(key);
      }
    }
    entityTerms = Terms.of(allNames);
    for (int i = 0; i < allNames.size(); i++) {
      entitiesByName.putIfAbsent(allNames.get(i), entitiesByKey.get(allKeys.get(i)));
    }
    entityOf = new Entity[allNames.size()];
    for (int i = 0; i < allNames.size(); i++) {
      entityOf[i] = entitiesByName.get(allNames.get(i));
    }
    predicates = rules.predicates();
    for (Predicate predicate : predicates) {
      predicateTerms.add(Terms.of(predicate.terms()));
    }
    facts = rules.facts();
    List<List<List<String>>> factAbout = new ArrayList<>();
    Set<String> all = new LinkedHashSet<>();
    for (Fact fact : facts) {
      List<List<String>> about = new ArrayList<>();
      for (String term : fact.about()) {
        Entity entity = entitiesByKey.get(Terms.key(term));
        List<String> names = new ArrayList<>();
        names.add(term);
        if (entity != null) {
          names.addAll(entity.names());
        }
        about.add(names);
        all.addAll(names);
      }
      factAbout.add(about);
      all.addAll(fact.keywords());
    }
    factTerms = Terms.of(all);
    Map<String, Integer> position = new HashMap<>();
    List<String> written = factTerms.written();
    for (int t = 0; t < written.size(); t++) {
      position.put(written.get(t), t);
    }
    // How many facts name each term, to file each fact under its rarest about term.
    int[] uses = new int[written.size()];
    aboutTerms = new int[facts.size()][][];
    keywordTerms = new int[facts.size()][];
    for (int f = 0; f < facts.size(); f++) {
      List<List<String>> about = factAbout.get(f);
      aboutTerms[f] = new int[about.size()][];
      for (int g = 0; g < about.size(); g++) {
        aboutTerms[f][g] = positions(about.get(g), position);
        for (int t : aboutTerms[f][g]) {
          uses[t]++;
        }
      }
      keywordTerms[f] = positions(facts.get(f).keywords(), position);
      for (int t : keywordTerms[f]) {
        uses[t]++;
      }
    }
    List<List<Integer>> filed = new ArrayList<>();
    for (int t = 0; t < written.size(); t++) {
      filed.add(new ArrayList<>(0));
    }
    List<Integer> always = new ArrayList<>();
    for (int f = 0; f < facts.size(); f++) {
      // Any of the fact's groups will do, since it needs one name of each: its keywords too.
      int[] anchor = null;
      long fewest = Long.MAX_VALUE;
      List<int[]> groups = new ArrayList<>(List.of(aboutTerms[f]));
      if (keywordTerms[f].length > 0) {
        groups.add(keywordTerms[f]);
      }
      for (int[] group : groups) {
        long named = 0;
        for (int t : group) {
          named += uses[t];
        }
        if (named < fewest) {
          fewest = named;
          anchor = group;
        }
      }
      if (anchor == null) {
        always.add(f);
        continue;
      }
      for (int t : anchor) { // without repeats: positions() gives each term once
        filed.get(t).add(f);
      }
    }
    anchored = new int[written.size()][];
    for (int t = 0; t < written.size(); t++) {
      anchored[t] = filed.get(t).stream().mapToInt(Integer::intValue).toArray();
    }
    unconditional = always.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The positions in {@link #factTerms} of {@code names}, without repeats, in order. */
  private static int[] positions(List<String> names, Map<String, Integer> position) {
    return names.stream().mapToInt(position::get).distinct().sorted().toArray();
  }

  /** The entity that has {@code name} as its name or one of its aliases. */
  public Optional<Entity> entity(String name) {
    return Optional.ofNullable(entitiesByKey.get(Terms.key(name)));
  }

  /** The entities named in {@code text}, in text order (the longest name wins at a position). */
  public List<EntityMatch> entitiesIn(Terms.Text text) {
    List<EntityMatch> matches = new ArrayList<>();
    List<String> names = entityTerms.written();
    entityTerms.find(text, (term, start, end) ->
        matches.add(new EntityMatch(entityOf[term], names.get(term), start, end)));
    return matches;
  }

  /** The currencies of the places named in {@code text}, in order of first mention. */
  public Set<String> placeCurrencies(Terms.Text text) {
    return placeCurrencies(entitiesIn(text));
  }

  /**
   * The currencies of the places among {@code matches}, {@link #entitiesIn} of a text, in order
   * of first mention: for a caller that already has the entities of the text.
   */
  public static Set<String> placeCurrencies(List<EntityMatch> matches) {
    Set<String> currencies = new LinkedHashSet<>();
    for (EntityMatch match : matches) {
      if (match.entity().currency() != null) {
        currencies.add(match.entity().currency());
      }
    }
    return currencies;
  }

  /** The predicates signalled in {@code text}. */
  public List<Predicate> predicatesIn(Terms.Text text) {
    List<Predicate> found = new ArrayList<>();
    for (int i = 0; i < predicates.size(); i++) {
      if (predicateTerms.get(i).anyIn(text)) {
        found.add(predicates.get(i));
      }
    }
    return found;
  }

  /** The facts that apply to {@code sentence}: all their {@code about} terms and a keyword. */
  public List<Fact> factsFor(Terms.Text sentence) {
    List<Fact> found = new ArrayList<>();
    if (facts.isEmpty()) {
      return found;
    }
    Ints present = new Ints();
    factTerms.occurring(sentence, present::add);
    if (present.size == 0 && unconditional.length == 0) {
      return found; // most sentences: no term of any fact
    }
    int[] terms = present.distinct();
    Ints candidates = new Ints();
    for (int t : terms) {
      for (int f : anchored[t]) {
        candidates.add(f);
      }
    }
    for (int f : unconditional) {
      candidates.add(f);
    }
    for (int f : candidates.distinct()) {
      if (applies(f, terms)) {
        found.add(facts.get(f));
      }
    }
    return found;
  }

  /** Whether fact {@code f} applies to a sentence that holds {@code terms} (sorted). */
  private boolean applies(int f, int[] terms) {
    if (keywordTerms[f].length > 0 && !anyOf(keywordTerms[f], terms)) {
      return false;
    }
    for (int[] group : aboutTerms[f]) {
      if (!anyOf(group, terms)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyOf(int[] wanted, int[] terms) {
    for (int t : wanted) {
      if (Arrays.binarySearch(terms, t) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A growing list of ints. */
  private static final class Ints {
    int[] values = new int[8];
    int size;

    void add(int value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    /** The values, sorted, without repeats. */
    int[] distinct() {
      int[] sorted = Arrays.copyOf(values, size);
      Arrays.sort(sorted);
      int n = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (n == 0 || sorted[n - 1] != sorted[i]) {
          sorted[n++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, n);
    }
  }

  public List<Fact> factsFor(String sentence) {
    return factsFor(Terms.text(sentence));
  }
}
