package org.figlint.rule;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stand-in for the French grammar in rule tests: it accepts the shapes of values the bundled
 * facts use (day, day range, "les X et Y", month, amount, count) and nothing else, returning
 * the kind it recognized.
 */
final class FakeGrammar {
  private static final String MONTH =
      "(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)";
  private static final String DAY = "(1er|[1-9]|[12][0-9]|3[01])";
  private static final String NUMBER = "[0-9]{1,3}(,[0-9]+)?";
  private static final Pattern DATE = Pattern.compile(
      "(le " + DAY + " " + MONTH + " [0-9]{4})"
          + "|(du " + DAY + "( " + MONTH + ")? au " + DAY + " " + MONTH + " [0-9]{4})"
          + "|(les " + DAY + " et " + DAY + " " + MONTH + " [0-9]{4})"
          + "|(" + MONTH + " [0-9]{4})");
  private static final Pattern MONEY = Pattern.compile(
      "(de " + NUMBER + " à )?" + NUMBER + " (millions?|milliards?) (d'euros|de dollars|de livres"
          + " sterling)( par an)?");
  private static final Pattern COUNT = Pattern.compile("[0-9]{1,4} [a-zé]+");

  private FakeGrammar() {}

  /** "date", "money" or "count" for a value it recognizes. */
  static Optional<Object> parse(String value) {
    if (DATE.matcher(value).matches()) {
      return Optional.of("date");
    }
    if (MONEY.matcher(value).matches()) {
      return Optional.of("money");
    }
    if (COUNT.matcher(value).matches()) {
      return Optional.of("count");
    }
    return Optional.empty();
  }
}
