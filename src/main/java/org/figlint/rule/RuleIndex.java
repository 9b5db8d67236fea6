package org.figlint.rule;

import java.util.ArrayList;
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
  private final List<Predicate> predicates;
  private final List<Terms> predicateTerms = new ArrayList<>();
  private final List<Fact> facts;
  /** Per fact, per {@code about} term, the names that stand for it. */
  private final List<List<List<String>>> factAbout = new ArrayList<>();
  private final List<List<String>> factKeywords = new ArrayList<>();
  /** Every keyword and about name of every fact, to find them all in one pass. */
  private final Terms factTerms;
  /** Whether a fact has neither about terms nor keywords, and so applies to every sentence. */
  private final boolean unconditional;
  /**
   * For each term of {@link #factTerms}, by its position there, what its presence satisfies:
   * {@code fact << 7 | group} for the about group {@code group} of fact {@code fact}, {@code
   * fact << 7 | KEYWORD} for one of its keywords. A sentence's few terms are looked up, rather
   * than every name of every fact tested.
   */
  private final int[][] satisfies;
  /** Per fact, the bits of all its about groups: the fact applies when all are satisfied. */
  private final long[] allGroups;
  /** Whether a fact has more about terms than {@link #satisfies} can tell apart. */
  private final boolean wide;
  private static final int KEYWORD = 64;

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
    predicates = rules.predicates();
    for (Predicate predicate : predicates) {
      predicateTerms.add(Terms.of(predicate.terms()));
    }
    facts = rules.facts();
    java.util.Set<String> all = new java.util.LinkedHashSet<>();
    for (Fact fact : facts) {
      List<List<String>> about = new ArrayList<>();
      for (String term : fact.about()) {
        Entity entity = entitiesByKey.get(Terms.key(term));
        List<String> names = new ArrayList<>();
        names.add(term);
        if (entity != null) {
          names.addAll(entity.names());
        }
        about.add(List.copyOf(names));
        all.addAll(names);
      }
      factAbout.add(List.copyOf(about));
      factKeywords.add(List.copyOf(fact.keywords()));
      all.addAll(fact.keywords());
    }
    factTerms = Terms.of(all);
    unconditional = facts.stream().anyMatch(f -> f.about().isEmpty() && f.keywords().isEmpty());
    wide = facts.stream().anyMatch(f -> f.about().size() >= KEYWORD);
    allGroups = new long[facts.size()];
    Map<String, List<Integer>> lists = new HashMap<>();
    for (int f = 0; f < facts.size() && !wide; f++) {
      List<List<String>> about = factAbout.get(f);
      for (int g = 0; g < about.size(); g++) {
        allGroups[f] |= 1L << g;
        for (String name : about.get(g)) {
          lists.computeIfAbsent(name, k -> new ArrayList<>()).add(f << 7 | g);
        }
      }
      for (String keyword : factKeywords.get(f)) {
        lists.computeIfAbsent(keyword, k -> new ArrayList<>()).add(f << 7 | KEYWORD);
      }
    }
    // By the terms' positions in factTerms, which reports them so.
    List<String> written = factTerms.written();
    satisfies = new int[written.size()][];
    for (int t = 0; t < written.size(); t++) {
      List<Integer> list = lists.get(written.get(t));
      satisfies[t] = new int[list == null ? 0 : list.size()];
      for (int k = 0; k < satisfies[t].length; k++) {
        satisfies[t][k] = list.get(k);
      }
    }
  }

  /** The entity that has {@code name} as its name or one of its aliases. */
  public Optional<Entity> entity(String name) {
    return Optional.ofNullable(entitiesByKey.get(Terms.key(name)));
  }

  /** The entities named in {@code text}, in text order (the longest name wins at a position). */
  public List<EntityMatch> entitiesIn(Terms.Text text) {
    List<EntityMatch> matches = new ArrayList<>();
    for (Terms.Match match : entityTerms.find(text)) {
      Entity entity = entitiesByName.get(match.term());
      matches.add(new EntityMatch(entity, match.term(), match.start(), match.end()));
    }
    return matches;
  }

  /** The currencies of the places named in {@code text}, in order of first mention. */
  public Set<String> placeCurrencies(Terms.Text text) {
    Set<String> currencies = new LinkedHashSet<>();
    for (EntityMatch match : entitiesIn(text)) {
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
    if (wide) {
      java.util.Set<String> present = factTerms.occurring(sentence);
      return present.isEmpty() && !unconditional ? found : factsTesting(present);
    }
    Satisfied satisfied = new Satisfied();
    if (!factTerms.occurring(sentence, satisfied) && !unconditional) {
      return found; // most sentences: no term of any fact
    }
    long[] groups = satisfied.groups;
    boolean[] keyword = satisfied.keyword;
    if (groups == null) {
      groups = new long[facts.size()];
      keyword = new boolean[facts.size()];
    }
    for (int i = 0; i < facts.size(); i++) {
      if ((keyword[i] || factKeywords.get(i).isEmpty()) && groups[i] == allGroups[i]) {
        found.add(facts.get(i));
      }
    }
    return found;
  }

  /** What the terms found in a sentence satisfy: about groups and keywords, per fact. */
  private final class Satisfied implements java.util.function.IntConsumer {
    long[] groups;
    boolean[] keyword;

    @Override
    public void accept(int term) {
      int[] entries = satisfies[term];
      if (entries.length == 0) {
        return;
      }
      if (groups == null) {
        groups = new long[facts.size()];
        keyword = new boolean[facts.size()];
      }
      for (int entry : entries) {
        int group = entry & 127;
        if (group == KEYWORD) {
          keyword[entry >>> 7] = true;
        } else {
          groups[entry >>> 7] |= 1L << group;
        }
      }
    }
  }

  /** {@link #factsFor} by testing every name of every fact. */
  private List<Fact> factsTesting(java.util.Set<String> present) {
    List<Fact> found = new ArrayList<>();
    for (int i = 0; i < facts.size(); i++) {
      List<String> keywords = factKeywords.get(i);
      if (!keywords.isEmpty() && !anyOf(keywords, present)) {
        continue;
      }
      boolean all = true;
      for (List<String> about : factAbout.get(i)) {
        if (!anyOf(about, present)) {
          all = false;
          break;
        }
      }
      if (all) {
        found.add(facts.get(i));
      }
    }
    return found;
  }

  private static boolean anyOf(List<String> terms, java.util.Set<String> present) {
    for (int i = 0; i < terms.size(); i++) {
      if (present.contains(terms.get(i))) {
        return true;
      }
    }
    return false;
  }

  public List<Fact> factsFor(String sentence) {
    return factsFor(Terms.text(sentence));
  }
}
