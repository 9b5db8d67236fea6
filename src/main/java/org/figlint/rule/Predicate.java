package org.figlint.rule;

import java.util.List;
import java.util.Objects;
import org.figlint.value.Kind;

/**
 * A predicate class of the French lexicon ("investment", "fundraising"...): the kinds of figures
 * it applies to and the words that signal it, as {@link Terms} patterns.
 */
public record Predicate(String id, List<Kind> kinds, List<String> terms, Origin origin) {
  public Predicate {
    Objects.requireNonNull(id, "id");
    kinds = List.copyOf(kinds);
    terms = List.copyOf(terms);
  }
}
