package org.figlint.claim;

import java.util.ArrayList;
import java.util.List;
import org.figlint.rule.EntityKind;
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

  private final RuleSet rules;
  private final RuleIndex index;
  private final List<CompiledPredicate> predicates;
  private final java.util.Map<String, EntityKind> kinds = new java.util.HashMap<>();

  public Lexicon(RuleSet rules) {
    this.rules = rules;
    this.index = rules.index();
    List<CompiledPredicate> list = new ArrayList<>();
    for (Predicate p : rules.predicates()) {
      list.add(new CompiledPredicate(p, Terms.of(p.terms())));
    }
    this.predicates = List.copyOf(list);
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

  public RuleSet rules() {
    return rules;
  }

  public RuleIndex index() {
    return index;
  }

  public List<CompiledPredicate> predicates() {
    return predicates;
  }
}
