package org.figlint.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A known name: an organization, person, place, event, product or plan, with the other ways it is
 * written. A place may carry the ISO 4217 {@code currency} it settles ambiguous currency names
 * with ("dollars" near "Ottawa" are CAD); it is null otherwise.
 */
public record Entity(String name, EntityKind kind, List<String> aliases, String currency,
    Origin origin) {

  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    aliases = List.copyOf(aliases);
    if (currency != null && kind != EntityKind.PLACE) {
      throw new IllegalArgumentException("only places have a currency: " + name);
    }
  }

  /** The name, then every alias. */
  public List<String> names() {
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(name);
    names.addAll(aliases);
    return names;
  }
}
