package org.figlint.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.figlint.report.Finding;
import org.figlint.review.Reviewer;
import org.figlint.review.Source;
import org.junit.jupiter.api.Test;

/**
 * A figure belongs to its own sentence: one that ends before a quote in English typography or
 * before a name written with a small letter first ("xAI") does not lend its figure to the
 * next sentence's subject and predicate.
 */
class SentenceBoundariesTest {

  private static List<Finding> findings(Source... sources) {
    return Reviewer.bundled().review(List.of(sources)).findings();
  }

  @Test
  void aSharePriceIsNotTheFundraisingOfTheNextSentence() {
    String round = "xAI a levé 10 millions de dollars auprès de Bpifrance, a annoncé la société.\n";
    assertEquals(List.of(), findings(
        Source.of("a.txt", "date 2017-10-01\n" + round),
        Source.of("b.txt", "date 2017-10-02\n" + round),
        Source.of("c.txt", "date 2017-10-05\nLe titre a reculé de 27,7 % en fin de séance, à "
            + "70,7 euros l’action. xAI a levé 10 millions de dollars auprès de Bpifrance.\n")));
  }

  @Test
  void twoMarketsAreNotTheBankQuotedAfterThem() {
    assertEquals(List.of(), findings(Source.of("a.txt", "date 2017-03-01\n"
        + "Le marché européen des ordinateurs a reculé de 3 % en 2016, à 70 000 000 unités. "
        + "“Le modèle économique reste à démontrer”, résume Élodie Perrin, économiste en chef "
        + "de BNP Paribas.\n\n"
        + "Le marché européen des voitures électriques a reculé de 8,8 % en 2016, à 5 000 000 "
        + "unités. “Le ralentissement pèse sur les commandes”, observe Élodie Perrin, "
        + "économiste en chef de BNP Paribas.\n")));
  }
}
