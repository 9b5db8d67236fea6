package org.figlint.claim;

import java.util.ArrayList;
import java.util.List;
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

  public Lexicon(RuleSet rules) {
    this.rules = rules;
    this.index = rules.index();
    List<CompiledPredicate> list = new ArrayList<>();
    for (Predicate p : rules.predicates()) {
      list.add(new CompiledPredicate(p, Terms.of(p.terms())));
    }
    this.predicates = List.copyOf(list);
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
