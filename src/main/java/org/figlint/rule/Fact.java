package org.figlint.rule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.figlint.value.Kind;
import org.figlint.value.Value;

/**
 * A sourced reference fact. It applies to a sentence where every {@code about} term (or an alias
 * of the entity it names) occurs, and at least one {@code keywords} term when there are any.
 * {@code value} is the French text of the rule file; {@code parsed} is what the value parser made
 * of it. {@code source} is shown in every finding that uses the fact; {@code note} may be null.
 */
public record Fact(String id, List<String> about, List<String> keywords, String value,
    Object parsed, String source, String note, Origin origin) {

  public Fact {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(parsed, "parsed");
    Objects.requireNonNull(source, "source");
    about = List.copyOf(about);
    keywords = List.copyOf(keywords);
  }

  /** The kind of the parsed value, when the parser returned a figlint {@link Value}. */
  public Optional<Kind> kind() {
    return parsed instanceof Value v ? Optional.of(v.kind()) : Optional.empty();
  }
}
