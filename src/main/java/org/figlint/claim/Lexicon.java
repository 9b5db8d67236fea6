package org.figlint.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.figlint.rule.Entity;
import org.figlint.rule.EntityKind;
import org.figlint.rule.Fact;
import org.figlint.rule.Predicate;
import org.figlint.rule.RuleIndex;
import org.figlint.rule.RuleSet;
import org.figlint.rule.Terms;
import org.figlint.value.Kind;

/** The entity index and compiled predicate terms of a rule set, built once per run. */
public final class Lexicon {
  /** A predicate with its compiled terms. */
  public record CompiledPredicate(Predicate predicate, Terms terms) {
    public boolean applies(Kind kind) {
      return predicate.kinds().isEmpty() || predicate.kinds().contains(kind);
    }
  }

  /** The lexicon made last, which {@link #of} gives again for rules with the same terms. */
  private static final AtomicReference<Lexicon> LAST = new AtomicReference<>();

  private final List<Entity> entities;
  private final List<Predicate> predicateList;
  private final List<Fact> facts;
  private final RuleIndex index;
  private final List<CompiledPredicate> predicates;
  private final Terms predicateTerms;
  private final java.util.Map<String, List<CompiledPredicate>> predicatesByTerm =
      new java.util.HashMap<>();
  private final java.util.Map<String, EntityKind> kinds = new java.util.HashMap<>();

  /**
   * The lexicon of {@code rules}: the one made last when its entities, predicates and facts are
   * the very lists of {@code rules} (rules that differ only in their checks' settings, as the
   * same rules do from one document or request to the next), a new one otherwise. A lexicon is
   * immutable but for caches that it fills once, safely: sharing it is the same as making it.
   * A caller that asks while another thread makes the lexicon waits for it rather than making a
   * second one.
   */
  public static synchronized Lexicon of(RuleSet rules) {
    Lexicon last = LAST.get();
    if (last != null && last.entities == rules.entities()
        && last.predicateList == rules.predicates() && last.facts == rules.facts()) {
      return last;
    }
    Lexicon made = new Lexicon(rules);
    LAST.set(made);
    return made;
  }

  public Lexicon(RuleSet rules) {
    this.entities = rules.entities();
    this.predicateList = rules.predicates();
    this.facts = rules.facts();
    this.index = rules.index();
    List<CompiledPredicate> list = new ArrayList<>();
    for (Predicate p : rules.predicates()) {
      list.add(new CompiledPredicate(p, Terms.of(p.terms())));
    }
    this.predicates = List.copyOf(list);
    List<String> allTerms = new ArrayList<>();
    for (CompiledPredicate p : list) {
      for (String term : p.predicate().terms()) {
        if (!predicatesByTerm.containsKey(term)) {
          allTerms.add(term);
        }
        predicatesByTerm.computeIfAbsent(term, k -> new ArrayList<>()).add(p);
      }
    }
    this.predicateTerms = Terms.of(allTerms);
    for (org.figlint.rule.Entity e : rules.entities()) {
      kinds.put(e.name(), e.kind());
    }
  }

  /**
   * Whether a match is written as the entity is named: a proper name starts with its capital
   * ("le monde" is not Le Monde) and an acronym (CES, IMA, UE) matches only in capitals, so that
   * the French word "ces" is not the CES show.
   */
  public static boolean writtenAsNamed(String written, org.figlint.rule.Entity entity) {
    if (!written.isEmpty() && Character.isLowerCase(written.charAt(0))) {
      // A proper name is written with its capital: "dans le monde" is not Le Monde.
      boolean anyLower = false;
      for (String name : entity.names()) {
        if (!name.isEmpty() && !Character.isUpperCase(name.charAt(0))
            && org.figlint.rule.Terms.key(name).equals(org.figlint.rule.Terms.key(written))) {
          anyLower = true;
        }
      }
      if (!anyLower) {
        return false;
      }
    }
    if (!written.equals(written.toUpperCase(java.util.Locale.ROOT))) {
      for (String name : entity.names()) {
        if (name.length() <= 6 && name.equals(name.toUpperCase(java.util.Locale.ROOT))
            && org.figlint.rule.Terms.key(name).equals(org.figlint.rule.Terms.key(written))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The kind of a canonical entity name (PLACE when unknown, so that it never is a subject). */
  public EntityKind kindOf(String name) {
    return kinds.getOrDefault(name, EntityKind.PLACE);
  }

  /** The entities of the rules, as {@code entities.yaml} lists them. */
  public List<Entity> entities() {
    return entities;
  }

  public RuleIndex index() {
    return index;
  }

  public List<CompiledPredicate> predicates() {
    return predicates;
  }

  /** All predicate terms in one matcher: one pass over a sentence finds every predicate. */
  public Terms predicateTerms() {
    return predicateTerms;
  }

  /** True when the predicate id names a measure that changes over time. */
  public boolean periodic(String predicateId) {
    for (CompiledPredicate p : predicates) {
      if (p.predicate().id().equals(predicateId)) {
        return p.predicate().periodic();
      }
    }
    return false;
  }

  /** The predicates a term (as written in predicates.yaml) belongs to. */
  public List<CompiledPredicate> predicatesOf(String term) {
    return predicatesByTerm.getOrDefault(term, List.of());
  }

  private volatile Object nameIndex;

  /** A per-lexicon cache for a check's own index of names, built once. */
  @SuppressWarnings("unchecked")
  public <T> T nameIndex(java.util.function.Function<Lexicon, T> build) {
    Object index = nameIndex;
    if (index == null) {
      synchronized (this) {
        index = nameIndex;
        if (index == null) {
          index = build.apply(this);
          nameIndex = index;
        }
      }
    }
    return (T) index;
  }
}
