package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.figlint.document.DocumentLoader;
import org.figlint.report.Finding;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ExchangeRates;
import org.figlint.rule.RuleLoader;
import org.junit.jupiter.api.Test;

/** What conversion-mismatch says: the ambiguous currency it assumed, and a zero amount. */
class ConversionMessagesTest {
  private static final Linter LINTER = new Linter(
      new RuleLoader(new DefaultCheckCatalog(), Linter::parseFactValue).loadBundled(),
      ExchangeRates.bundled(), Locale.FRENCH);

  private static List<Finding> lint(String sentence) {
    return LINTER.check(List.of(LINTER.analyse(
        DocumentLoader.fromText("date 2025-03-10\n" + sentence + "\n", "conversion.txt"), null)));
  }

  private static Finding only(String sentence) {
    List<Finding> findings = lint(sentence);
    assertEquals(1, findings.size(), findings::toString);
    assertEquals("conversion-mismatch", findings.get(0).ruleId());
    return findings.get(0);
  }

  /** "dollars" in parentheses is the ambiguous name: the message names its currencies. */
  @Test
  void namesTheCurrencyOfTheAmbiguousConversion() {
    String message = only("Le contrat de 100 millions d’euros (150 millions de dollars) a été "
        + "signé.").message();
    assertTrue(message.contains("Devise retenue : USD (le nom peut désigner USD, CAD"), message);
  }

  /** "livres" alone: pounds sterling, and the message names the pounds left out. */
  @Test
  void namesThePoundsWithoutARateThatTheDocumentDoesNotEvoke() {
    String message = only("Le joueur a coûté 225 millions de livres (370 millions d’euros).")
        .message();
    assertTrue(message.contains("taux 1 EUR = ") && message.contains(" GBP (BCE"), message);
    assertTrue(message.contains("Devise retenue : GBP ; le nom peut aussi désigner EGP, LBP, SYP,"
        + " sans taux de la BCE, dont aucun lieu du document ne parle."), message);
    assertEquals(List.of(), lint("Au Liban, le projet a coûté 225 millions de livres (370 millions"
        + " d’euros)."));
  }

  @Test
  void namesTheCurrencyOfTheAmbiguousAmount() {
    String message = only("Le contrat de 150 millions de dollars (300 millions d’euros) a été "
        + "signé.").message();
    assertTrue(message.contains("Devise retenue : USD (le nom peut désigner USD, CAD"), message);
  }

  @Test
  void saysNothingOfCurrenciesWhenNoNameIsAmbiguous() {
    String message = only("Le contrat de 100 millions d’euros (150 millions de livres "
        + "sterling) a été signé.").message();
    assertTrue(!message.contains("Devise retenue"), message);
  }

  /** A zero amount converts to zero: the gap is the whole amount written, not a division by 0. */
  @Test
  void zeroAmountConvertedToSomething() {
    Finding f = only("La jeune pousse a levé 00 millions d’euros (16,2 millions de dollars).");
    assertTrue(f.message().contains("écart de 100 %"), f.message());
    assertTrue(lint("Le billet coûte 0 euro (0 dollar) pour les enfants.").isEmpty());
  }
}
