package org.figlint.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static List<String> sentences(String text, boolean transcript) {
    return Segmenter.sentences(text, transcript).stream()
        .map(s -> text.substring(s.start(), s.end())).toList();
  }

  @Test
  void sentencesEndAtMarksBeforeACapitalALineBreakOrTheEnd() {
    assertEquals(List.of("Il pleut.", "Demain aussi !", "Vraiment ?", "Oui…", "« Non »."),
        sentences("Il pleut. Demain aussi ! Vraiment ? Oui… « Non ».", false));
    assertEquals(List.of("Le chiffre est de 3.5 en 2024, soit 12 % de plus."),
        sentences("Le chiffre est de 3.5 en 2024, soit 12 % de plus.", false));
    assertEquals(List.of("M. Dupont et Mme. Durand sont là.", "Ils partent."),
        sentences("M. Dupont et Mme. Durand sont là. Ils partent.", false));
    assertEquals(List.of("Il est à Paris.", "Cette vidéo montre tout."),
        sentences("Il est à Paris.Cette vidéo montre tout.", false));
    // Glued after a bracket, a quote or a number: the capital starts a word in small letters.
    assertEquals(List.of("Vendue 1 191 000 £ (1 325 926 €).", "Ces deux modèles de 2012.",
            "Les autres « invendus ».", "Fin."),
        sentences("Vendue 1 191 000 £ (1 325 926 €).Ces deux modèles de 2012.Les autres"
            + " « invendus ».Fin.", false));
    assertEquals(List.of("Une Bugatti Veyron 16.4 Super Sport (U.S.A) de 2.0.L'autre."),
        sentences("Une Bugatti Veyron 16.4 Super Sport (U.S.A) de 2.0.L'autre.", false));
    assertEquals(List.of("Titre", "Premier paragraphe.", "2024 fut une année record."),
        sentences("Titre\n\nPremier paragraphe. 2024 fut une année record.", false));
    assertEquals(List.of("Le total. fin de ligne"), sentences("Le total. fin de ligne", false));
    assertEquals(List.of(), sentences("  \n \n", false));
    assertEquals(List.of("a.", "b"), sentences("a.\nb", false));
  }

  @Test
  void aSentenceThatOpensWithAQuoteOrANameInSmallLettersStartsAfterTheMark() {
    assertEquals(List.of("Le titre a reculé de 3 %.", "“Le marché doute”, dit-elle.",
            "„Gut”, sagt er.", "‘Oui’, dit-il.", "\"Non\", répond-elle."),
        sentences("Le titre a reculé de 3 %. “Le marché doute”, dit-elle. „Gut”, sagt er. "
            + "‘Oui’, dit-il. \"Non\", répond-elle.", false));
    assertEquals(List.of("Le titre vaut 70 euros.", "xAI a levé 10 millions de dollars.",
            "iPhone et eBay suivent."),
        sentences("Le titre vaut 70 euros. xAI a levé 10 millions de dollars. iPhone et eBay "
            + "suivent.", false));
    // A small letter with no capital inside is no sentence start; nor a name after "M."
    assertEquals(List.of("Le total. fin et iphone. suite"),
        sentences("Le total. fin et iphone. suite", false));
    assertEquals(List.of("Selon M. eBay-Durand, tout va bien."),
        sentences("Selon M. eBay-Durand, tout va bien.", false));
  }

  @Test
  void aTranscriptSentenceRunsOverLinesUntilABlankLine() {
    assertEquals(List.of("Bonjour à tous\net bienvenue", "Deuxième bloc."),
        sentences("Bonjour à tous\net bienvenue\n\nDeuxième bloc.", true));
  }

  @Test
  void clausesSplitAtLinksAndMarksOnlyWhereAsked() {
    String text = "Mistral a levé 600 millions, alors que OpenAI QUI lève (beaucoup) plus ; fin.";
    Sentence all = Segmenter.sentences(text, false).get(0);
    List<String> clauses = all.clauses().stream().map(c -> text.substring(c[0], c[1])).toList();
    assertEquals(List.of("Mistral a levé 600 millions,", " alors que OpenAI", " QUI lève ",
        "(beaucoup", ") plus ", "; fin."), clauses);
    Sentence none = Segmenter.sentences(text, false, (s, e) -> false).get(0);
    assertEquals(1, none.clauses().size());
  }
  /**
   * Clauses and sentences of random text made of the pieces that matter (links in any case,
   * marks, abbreviations, dashes, letters beyond ASCII) are the ones a plain scan gives: a cut
   * before each ; ( ) — and before each link word, and a dot after an abbreviation or an
   * initial that ends no sentence.
   */
  @Test
  void clausesAreTheOnesAPlainScanFinds() {
    String[] pieces = {"Mistral", " qui ", " QUI ", " Mais ", " tandis que ", " alors qu", " dont ",
      " contre ", " lorsque ", " tout en ", " après avoir ", ";", "(", ")", "—", " ", "é",
      "M. ", "Mme. ", "Dr. ", "env. ", "St. ", "avenue. ", "Ab. ", "x", ". ", "A", "d", "q",
      "l", "a", "t", "c", "m", "’"};
    java.util.Random random = new java.util.Random(5);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      int n = random.nextInt(30);
      for (int k = 0; k < n; k++) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String t = text.toString();
      for (int start = 0; start <= t.length(); start += 1 + random.nextInt(5)) {
        int end = start + random.nextInt(t.length() - start + 1);
        List<int[]> expected = plainClauses(t, start, end);
        List<int[]> found = Segmenter.clauses(t, start, end);
        assertEquals(expected.size(), found.size(), t);
        for (int c = 0; c < expected.size(); c++) {
          assertEquals(List.of(expected.get(c)[0], expected.get(c)[1]),
              List.of(found.get(c)[0], found.get(c)[1]), t);
        }
      }
      for (int dot = t.indexOf('.'); dot >= 0; dot = t.indexOf('.', dot + 1)) {
        assertEquals(plainAbbreviation(t, dot), Segmenter.isAbbreviation(t, dot), t);
      }
    }
  }

  private static List<int[]> plainClauses(String text, int start, int end) {
    String[] links = {" qui ", " mais ", " tandis que ", " alors que ", " lorsque ",
      " après avoir ", " contre ", " dont ", " tout en "};
    List<int[]> out = new java.util.ArrayList<>();
    int s = start;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean cut = c == ';' || c == '(' || c == ')' || c == '—';
      for (String link : links) {
        cut |= c == ' ' && i + link.length() <= end
            && text.substring(i, i + link.length()).toLowerCase(java.util.Locale.ROOT).equals(link);
      }
      if (cut && i > s) {
        out.add(new int[] {s, i});
        s = i;
      }
    }
    out.add(new int[] {s, end});
    return out;
  }

  private static boolean plainAbbreviation(String text, int dot) {
    int k = dot - 1;
    while (k >= 0 && Character.isLetter(text.charAt(k))) {
      k--;
    }
    String word = text.substring(k + 1, dot);
    return word.length() == 1 || List.of("Mme", "Dr", "St", "av", "env").contains(word);
  }
}
