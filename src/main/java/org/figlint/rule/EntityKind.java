package org.figlint.rule;

import java.util.Locale;
import java.util.Optional;

/** What an entity of {@code entities.yaml} is. */
public enum EntityKind {
  ORGANIZATION, PERSON, PLACE, EVENT, PRODUCT, PLAN;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EntityKind> parse(String id) {
    for (EntityKind kind : values()) {
      if (kind.id().equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
