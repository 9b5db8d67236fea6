package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.figlint.news.NewsSample;
import org.figlint.parse.generated.FrenchLexer;
import org.figlint.parse.generated.FrenchParser;
import org.junit.jupiter.api.Test;

/**
 * The sentences that the extractor does not lex hold no figure: the grammar is checked for
 * anchors, the ranges are those of the sentences with one, and extracting only those ranges
 * finds the same mentions as lexing the whole text, on real news and on texts made to test the
 * ends of sentences.
 */
class AnchorsTest {
  private static final Anchors ANCHORS = Anchors.get();

  @Test
  void theGrammarHasAnchors() {
    assertTrue(ANCHORS.usable(), ANCHORS.failure);
    List<String> words = ANCHORS.words();
    for (String w : List.of("millions", "mars", "janv", "lundi", "hier", "aujourd", "semaine",
        "mois", "jour", "deux", "euros", "livres", "EUR", "M", "January", "siècle")) {
      assertTrue(words.contains(w), w);
    }
    // Common words, and a case-sensitive token's letters in small ones ("ils", not "ILS").
    for (String w : List.of("le", "de", "un", "une", "dans", "plus", "dont", "ils", "eur", "m",
        "january")) {
      assertFalse(words.contains(w), w);
    }
    assertEquals("$%£¥\u00AD€", ANCHORS.characters());
  }

  @Test
  void theAnchorsTheBuildWroteAreTheGrammars() throws IOException {
    Anchors analysed = Anchors.analyse(FrenchParser._ATN, FrenchLexer._ATN, Anchors.COMMON);
    try (var in = Anchors.class.getResourceAsStream(Anchors.RESOURCE)) {
      assertTrue(in != null, "the build writes " + Anchors.RESOURCE);
      assertEquals(analysed.write(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    Anchors read = Anchors.read(analysed.write());
    assertEquals(analysed.words(), read.words());
    assertEquals(analysed.characters(), read.characters());
    assertEquals(analysed.write(), read.write());
    assertEquals(null, Anchors.read("not anchors\n"));
    assertEquals(null, Anchors.read("chars 0\nmillions\n"));
    Anchors none = Anchors.read("none rules readable from common tokens alone: mention\n");
    assertFalse(none.usable());
    assertEquals("rules readable from common tokens alone: mention", none.failure);
  }

  @Test
  void aGrammarWhoseFiguresCanBeReadFromCommonTokensHasNone() {
    // With "jour" common too, "il y a un jour" is a date made of common tokens only.
    int[] common = Arrays.copyOf(Anchors.COMMON, Anchors.COMMON.length + 1);
    common[common.length - 1] = FrenchLexer.JOUR;
    Anchors none = Anchors.analyse(FrenchParser._ATN, FrenchLexer._ATN, common);
    assertFalse(none.usable());
    assertTrue(none.failure.contains("relativeDate"), none.failure);
    List<int[]> ranges = new ArrayList<>();
    none.ranges("Le projet avance. Rien n'est fait.", 0, 34,
        (s, e) -> ranges.add(new int[] {s, e}));
    assertEquals(1, ranges.size());
    assertEquals(34, ranges.get(0)[1]);
  }

  private static List<String> ranges(String text) {
    List<String> out = new ArrayList<>();
    ANCHORS.ranges(text, 0, text.length(), (s, e) -> out.add(text.substring(s, e)));
    return out;
  }

  @Test
  void sentencesWithoutAnchorAreLeftOutAndTheNextRangeStartsAtTheMarkBeforeIt() {
    assertEquals(List.of("Le chiffre atteint 15 %.", ". Il coûte 3 M€ !"),
        ranges("Le chiffre atteint 15 %. Le projet suscite des critiques. Il coûte 3 M€ !"
            + " Vraiment ?"));
    assertEquals(List.of(), ranges("Le projet suscite des critiques. Rien n'est tranché."));
    assertEquals(List.of("… Il a été élu"), ranges("Ils ont voté… Il a été élu"));
    // The ISO code is read as written only: "ILS" is the shekel, "ils" a pronoun.
    assertEquals(List.of(". Payé en ILS."), ranges("Ils ont signé. Payé en ILS."));
  }

  @Test
  void aDotThatMayBelongToATokenDoesNotEndASentence() {
    // "3.5" and "12.03.2024" are numbers, "janv." is a month's token: the sentence goes on.
    assertEquals(List.of("Le 3 janv. Le projet avance."), ranges("Le 3 janv. Le projet avance."));
    assertEquals(List.of("Il pèse 3.5 tonnes."), ranges("Il pèse 3.5 tonnes. Le projet avance."));
    assertEquals(List.of("Le 12.03.2024 fut calme."),
        ranges("Le 12.03.2024 fut calme. Le projet avance."));
  }

  @Test
  void aSoftHyphenMayHideAWordAndKeepsItsSentence() {
    // The lexer reads "semaine" without its soft hyphen: "la semaine prochaine" is a date.
    String text = "Le projet avance. Il part la se\u00ADmaine prochaine. Rien.";
    assertEquals(List.of(". Il part la se\u00ADmaine prochaine."), ranges(text));
    List<Mention> mentions = Extractor.create().extract(text, REFERENCE);
    assertEquals(1, mentions.size());
    assertEquals("la se\u00ADmaine prochaine", mentions.get(0).text());
  }

  /** Sentences with and without figures, ends of sentences of every kind, joined at random. */
  private static final String[] PIECES = {
    "Le projet suscite des critiques", "Selon l’AFP, Opcore négocie avec plusieurs fonds",
    "Opcore a levé 15 millions d’euros", "dont 40 millions de baisses de dépenses",
    "Le 3 janv", "2024 sera une année charnière", "le lundi 3 mars", "et mardi 4",
    "612 sièges sur", "577", "38 entreprises", "dont 20 françaises", "il y a deux ans",
    "la semaine dernière", "M", "Mme Dupont", "l’an dernier", "7 milliards", "en 2023",
    "« La régulation doit rester lisible »", "3.5", "12.03.2024", "(près de 373 millions)",
    "un quart des salariés", "mil\u00ADlions", "la se\u00ADmaine prochaine", "Ils ont voté",
    "Payé en ILS", "France 2030", "il y a un jour", "un point", "une livre", "un M de",
    "00:17", "rien n’est tranché", "aujourd’hui", "au printemps", "sur 36 km", "23 des 21",
    "circonscriptions", "12 400 salariés, dont 7 100 en France", "Il coûte 14,99 €",
  };

  private static final String[] JOINS = {". ", ".", " ", "! ", "? ", "… ", "...", ".\n", "\n",
    "\n\n", ", ", " : ", ". « ", " » . ", ".) ", " (", ".12 ", "\u00A0"};

  private static final LocalDate REFERENCE = LocalDate.of(2024, 3, 1);

  @Test
  void extractingTheRangesFindsTheMentionsOfTheWholeText() throws IOException {
    Extractor whole = Extractor.withoutShortcuts();
    Extractor ranges = Extractor.create();
    int mentions = 0;
    Random random = new Random(7);
    for (int t = 0; t < 3_000; t++) {
      StringBuilder text = new StringBuilder();
      int n = 1 + random.nextInt(12);
      for (int k = 0; k < n; k++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
        text.append(JOINS[random.nextInt(JOINS.length)]);
      }
      List<Mention> expected = whole.extract(text.toString(), REFERENCE);
      assertEquals(expected, ranges.extract(text.toString(), REFERENCE), text.toString());
      mentions += expected.size();
    }
    assertTrue(mentions > 5_000, "mentions: " + mentions);
    long lexedWhole = whole.charLookups.sum();
    long lexedRanges = ranges.charLookups.sum();
    for (NewsSample.Article a : NewsSample.load()) {
      String text = a.document().text();
      LocalDate date = a.document().date();
      assertEquals(whole.extract(text, date), ranges.extract(text, date), a.id());
    }
    // Real news: a fifth of the text at least is in sentences without an anchor.
    long newsWhole = whole.charLookups.sum() - lexedWhole;
    long newsRanges = ranges.charLookups.sum() - lexedRanges;
    assertTrue(newsRanges < newsWhole * 0.8, newsRanges + " characters lexed of " + newsWhole);
  }
}
