package org.figlint.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A hand-made report on two French documents: a non-breaking space inside the flagged figures,
 * an emoji before a span, a tab in a transcript, a related location and a suppressed finding.
 */
final class Sample {

  static final String ARTICLE = "articles/économie 2023.md";
  static final String DEBATE = "transcripts/débat.txt";
  static final String QUIET = "articles/sport.md";

  static final Map<String, String> TEXTS = Map.of(
      ARTICLE, """
          # Budget de l’État
          Le déficit atteint 5,5\u00a0% du PIB, soit 154 milliards d’euros.
          📈 Les recettes progressent de 12\u00a0% en un an.
          Au total, les dépenses s’élèvent à 1\u00a0600 milliards d’euros.
          """,
      DEBATE, "JOURNALISTE\tLe chômage baisse à 7,1\u00a0% selon l’Insee.\r\n",
      QUIET, "Le club a gagné 3 matchs sur 4.\n");

  static final List<RuleDescriptor> RULES = List.of(
      new RuleDescriptor("sum-mismatch", Severity.ERROR,
          "Un total ne correspond pas à ses parties.",
          "Compare un total annoncé à la somme des montants cités dans le même texte."),
      new RuleDescriptor("unsourced-growth", Severity.WARNING,
          "Une évolution sans période ni source.",
          "Signale un pourcentage d’évolution donné sans période de référence ni source."),
      new RuleDescriptor("rounding", Severity.INFO,
          "Un chiffre arrondi.",
          "Note les taux arrondis, pour vérifier qu’ils restent cohérents entre eux."),
      new RuleDescriptor("fact-mismatch", Severity.WARNING,
          "Un chiffre contredit une source publiée.",
          "Compare un chiffre à la valeur publiée par sa source officielle."));

  static Report report() {
    return report(0);
  }

  /** The sample report with {@code shift} lines added at the top of every file. */
  static Report report(int shift) {
    return new Report(
        List.of(
            new Finding("fact-mismatch", Severity.WARNING,
                "L’Insee publie 7,3\u00a0% pour ce trimestre, pas 7,1\u00a0%",
                at(shift, DEBATE, 1, "7,1\u00a0%"), List.of(), false),
            new Finding("sum-mismatch", Severity.ERROR,
                "Le total annoncé (1\u00a0600 milliards d’euros) ne correspond pas à la somme"
                    + " des montants cités (1\u00a0540 milliards d’euros)",
                at(shift, ARTICLE, 4, "1\u00a0600 milliards d’euros"),
                List.of(at(shift, ARTICLE, 2, "154 milliards d’euros")
                    .withMessage("montant cité ici")),
                false),
            new Finding("unsourced-growth", Severity.WARNING,
                "Hausse de 12\u00a0% sans période de référence ni source",
                at(shift, ARTICLE, 3, "12\u00a0%"), List.of(), false),
            new Finding("rounding", Severity.INFO, "Taux arrondi à une décimale",
                at(shift, ARTICLE, 2, "5,5\u00a0%"), List.of(), false).suppress()),
        RULES,
        "0.1.0-test",
        List.of(DEBATE, ARTICLE, QUIET));
  }

  /** The source texts, with {@code shift} empty lines added at the top of every file. */
  static SourceText sources(int shift) {
    var shifted = new HashMap<String, String>();
    TEXTS.forEach((file, text) -> shifted.put(file, "\n".repeat(shift) + text));
    return SourceText.of(shifted);
  }

  /**
   * The location of the first {@code snippet} on {@code line} of the sample text, as a check
   * would report it, {@code shift} lines further down.
   */
  private static Location at(int shift, String file, int line, String snippet) {
    String text = sources(0).line(file, line).orElseThrow();
    int column = text.indexOf(snippet) + 1;
    if (column == 0) {
      throw new IllegalArgumentException(snippet + " not on line " + line + " of " + file);
    }
    int shifted = line + shift;
    return new Location(file, shifted, column, shifted, column + snippet.length(), snippet, null);
  }

  private Sample() {}
}
