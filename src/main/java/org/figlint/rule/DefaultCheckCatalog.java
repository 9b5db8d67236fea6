package org.figlint.rule;

import java.util.List;
import org.figlint.report.Severity;

/**
 * The catalog of figlint's ten checks, with their default severities and typed parameters. It is
 * the catalog the rule loader uses until each check declares its own metadata next to its code.
 */
public final class DefaultCheckCatalog implements CheckCatalog {

  private static final List<CheckSpec> CHECKS = List.of(
      new CheckSpec("weekday-mismatch", Severity.ERROR,
          "A weekday written next to a date does not fall on that date.", List.of()),
      new CheckSpec("parts-exceed-whole", Severity.ERROR,
          "Parts of a total add up to more than the total.", List.of()),
      new CheckSpec("conversion-mismatch", Severity.WARNING,
          "A converted amount in brackets does not match the reference exchange rate.",
          List.of(ParamSpec.decimal("tolerance", "0.03", "0", "1",
              "Relative difference accepted, as a fraction (0.03 = 3 %)."))),
      new CheckSpec("figure-mismatch", Severity.WARNING,
          "The same figure is given two different values in one document.",
          List.of(ParamSpec.decimal("tolerance", "0", "0", "1",
              "Relative difference accepted, as a fraction."))),
      new CheckSpec("date-mismatch", Severity.WARNING,
          "The same event is given two different dates in one document.", List.of()),
      new CheckSpec("fact-contradiction", Severity.ERROR,
          "A figure contradicts a sourced fact of the reference base.",
          List.of(ParamSpec.decimal("tolerance", "0.02", "0", "1",
              "Relative difference accepted for amounts and counts, as a fraction."))),
      new CheckSpec("relative-date-mismatch", Severity.WARNING,
          "A relative date (\"hier\", \"ce mardi\") does not agree with the document date.",
          List.of()),
      new CheckSpec("tense-date-mismatch", Severity.WARNING,
          "A verb tense does not agree with the date it refers to.", List.of()),
      new CheckSpec("count-mismatch", Severity.WARNING,
          "An announced count does not match the items listed.", List.of()),
      new CheckSpec("name-variant", Severity.INFO,
          "A name is spelled differently from a known entity.",
          List.of(
              ParamSpec.integer("max-distance", 2, 1, 5,
                  "Largest edit distance at which a spelling counts as a variant."),
              ParamSpec.integer("min-length", 5, 2, 50,
                  "Shortest name, in letters, that is compared."))));

  @Override
  public List<CheckSpec> checks() {
    return CHECKS;
  }
}
