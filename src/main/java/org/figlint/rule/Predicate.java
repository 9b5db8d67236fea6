package org.figlint.rule;

import java.util.List;
import java.util.Objects;
import org.figlint.value.Kind;

/**
 * A predicate class of the French lexicon ("investment", "fundraising"...): the kinds of figures
 * it applies to, the words that signal it, as {@link Terms} patterns, and whether it is
 * {@code periodic}: a measure that changes over time (revenue, headcount, price), whose figures
 * are the same fact only at the same time, unlike a one-off event (an investment, a fine).
 */
public record Predicate(String id, List<Kind> kinds, List<String> terms, boolean periodic,
    Origin origin) {
  public Predicate {
    Objects.requireNonNull(id, "id");
    kinds = List.copyOf(kinds);
    terms = List.copyOf(terms);
  }

  public Predicate(String id, List<Kind> kinds, List<String> terms, Origin origin) {
    this(id, kinds, terms, false, origin);
  }
}
