package org.figlint.rule;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read from a rules folder: one configuration per known check (in catalog order),
 * the entities, the predicate lexicon and the reference facts. Build a {@link RuleIndex} with
 * {@link #index()} to match them against text.
 */
public record RuleSet(Map<String, CheckConfig> checks, List<Entity> entities,
    List<Predicate> predicates, List<Fact> facts) {

  public RuleSet {
    Objects.requireNonNull(checks, "checks");
    checks = Collections.unmodifiableMap(new LinkedHashMap<>(checks));
    entities = List.copyOf(entities);
    predicates = List.copyOf(predicates);
    facts = List.copyOf(facts);
  }

  /** The configuration of check {@code id}. */
  public CheckConfig check(String id) {
    CheckConfig config = checks.get(id);
    if (config == null) {
      throw new IllegalArgumentException("unknown check " + id);
    }
    return config;
  }

  public Optional<Fact> fact(String id) {
    return facts.stream().filter(f -> f.id().equals(id)).findFirst();
  }

  public Optional<Predicate> predicate(String id) {
    return predicates.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  /** This rule set with {@code overrides} applied over its check configurations. */
  public RuleSet withOverrides(Collection<CheckOverride> overrides) {
    Map<String, CheckConfig> merged = new LinkedHashMap<>(checks);
    for (CheckOverride override : overrides) {
      merged.put(override.id(), override.applyTo(check(override.id())));
    }
    return new RuleSet(merged, entities, predicates, facts);
  }

  /** Precompiles every term of this rule set for matching. */
  public RuleIndex index() {
    return new RuleIndex(this);
  }
}
