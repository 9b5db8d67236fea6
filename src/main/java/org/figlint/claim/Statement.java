package org.figlint.claim;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.figlint.rule.EntityKind;
import org.figlint.value.Count;
import org.figlint.value.DateInterval;
import org.figlint.value.Kind;
import org.figlint.value.Percent;
import org.figlint.value.Value;

/**
 * A claim as the same-fact comparison reads it, wherever it was found: in a document of the run
 * ({@link Claim}) or in a document kept in the archive ({@link ArchivedClaim}). It says a value
 * about a subject at a time, in a document published on a date.
 */
public sealed interface Statement permits Claim, ArchivedClaim, RunClaim {
  Value value();

  /** The figure as written. */
  String text();

  /** The predicate class of its clause, null when none. */
  String predicate();

  Set<String> entities();

  Set<String> subject();

  Set<EntityKind> subjectKinds();

  /** The explicit date of its clause, null when none. */
  DateInterval time();

  LocalDate documentDate();

  String documentPath();

  /** Where the figure starts in its document (UTF-16 offset): orders claims of one document. */
  int offset();

  /**
   * A figure among several of its kind in one sentence is part of a list or a comparison
   * ("15,2 millions contre 16,8 millions"), not a statement of one fact.
   */
  boolean listed();

  boolean sameDocument(Statement other);

  boolean sameSentence(Statement other);

  default Kind kind() {
    return value().kind();
  }

  /** True when this claim can be compared with claims of other sentences of its document. */
  default boolean comparable() {
    return predicate() != null && !subject().isEmpty();
  }

  /**
   * True when this claim can be compared across documents: its subject names an organization,
   * a product, a plan or an event, not only people (whose figures change from day to day).
   */
  default boolean comparableAcrossDocuments() {
    Set<EntityKind> kinds = subjectKinds();
    return comparable()
        && (kinds.contains(EntityKind.ORGANIZATION) || kinds.contains(EntityKind.PRODUCT)
            || kinds.contains(EntityKind.PLAN) || kinds.contains(EntityKind.EVENT));
  }

  /**
   * True when this claim's subject can have one date, which date-mismatch compares: an event
   * ("le sommet du G7 d'Hiroshima"), the founding of an organization or the entry into force of
   * a plan. A person's or a country's dates are many events, and a product is launched many
   * times over (features, versions, videos "lancées sur Facebook").
   */
  default boolean datesOneEvent() {
    Set<EntityKind> kinds = subjectKinds();
    if (kinds.contains(EntityKind.EVENT)) {
      return true;
    }
    if ("founding-date".equals(predicate())) {
      return kinds.contains(EntityKind.ORGANIZATION);
    }
    return "entry-into-force".equals(predicate()) && kinds.contains(EntityKind.PLAN);
  }

  /**
   * What "the same fact" is keyed on: kind, predicate, measured unit and subject. Claims with
   * different keys are never compared; the archive indexes its claims by this key.
   */
  default String key() {
    return kind() + "|" + predicate() + "|" + unit(value()) + "|" + String.join("|", subject());
  }

  /** What is measured: a count's noun (singular, lower case), percent or points; money is one. */
  static String unit(Value v) {
    if (v instanceof Count c) {
      String u = c.unit().toLowerCase(Locale.ROOT);
      return u.endsWith("s") || u.endsWith("x") ? u.substring(0, u.length() - 1) : u;
    }
    if (v instanceof Percent p) {
      return p.points() ? "points" : "%";
    }
    return "";
  }
}
