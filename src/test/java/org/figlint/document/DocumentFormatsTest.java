package org.figlint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.figlint.claim.Segmenter;
import org.junit.jupiter.api.Test;

/** What each format gives the extractor: the analysed text, its offsets, date, title, comments. */
class DocumentFormatsTest {
  private static Document read(String text, String path) {
    return DocumentFormat.of(path).read(text, path);
  }

  /** The sentences of a document, white space collapsed. */
  private static List<String> sentences(Document doc) {
    return Segmenter.sentences(doc.analysed(), Transcripts.isTranscript(doc.text())).stream()
        .map(s -> doc.analysed().substring(s.start(), s.end()).replaceAll("\\s+", " "))
        .toList();
  }

  @Test
  void markdownBlanksMarkupAtTheSameOffsets() {
    Document doc = read("# Titre\n\nUn **gros** [lien](http://x.fr) et `code 12`.\n", "a.md");
    assertEquals("  Titre\n\nUn   gros    lien               et          .\n", doc.analysed());
    assertTrue(doc.offsets().isIdentity());
  }

  @Test
  void markdownEscapesLoseTheirBackslash() {
    assertEquals("Un  *gros * 15  * 2\n", read("Un \\*gros\\* 15 \\* 2\n", "a.md").analysed());
  }

  @Test
  void markdownTableCellsAndListItemsAreSentences() {
    Document doc = read("""
        | Année | Levée |
        |---|---|
        | 2023 | 105 millions d'euros |

        - un
        - deux
        """, "a.md");
    assertEquals(List.of("Année", "Levée", "2023", "105 millions d'euros", "un", "deux"),
        sentences(doc));
  }

  @Test
  void markdownSoftBreaksContinueTheSentenceAndHardBreaksEndIt() {
    Document doc = read("Le projet coûte\n15 millions d'euros\n\nune ligne  \nune autre\n", "a.md");
    assertEquals(List.of("Le projet coûte 15 millions d'euros", "une ligne", "une autre"),
        sentences(doc));
  }

  @Test
  void markdownReferencesDecodeThroughTheOffsetMap() {
    String md = "Un budget de 15&nbsp;M&euro; par an.\n";
    Document doc = read(md, "a.md");
    assertEquals("Un budget de 15\u00a0M€ par an.\n", doc.analysed());
    int euro = doc.analysed().indexOf('€');
    assertEquals(md.indexOf("&euro;"), doc.originalOffset(euro));
    assertEquals(md.indexOf(" par"), doc.originalEnd(euro + 1));
    assertEquals("15&nbsp;M&euro;", doc.originalText(13, euro + 1));
    assertEquals(md.indexOf(" par"), doc.originalOffset(euro + 1));
  }

  @Test
  void markdownFrontMatterGivesDateAndTitle() {
    Document doc = read("""
        ---
        title: Une levée de fonds
        date: 2024-03-15T23:30:00-05:00
        ---
        Texte.
        """, "a.md");
    assertEquals(LocalDate.of(2024, 3, 15), doc.date());
    assertEquals("Une levée de fonds", doc.title());
    assertEquals("   \n" + " ".repeat(25) + "\n" + " ".repeat(31) + "\n   \nTexte.\n",
        doc.analysed());
    assertEquals(LocalDate.of(2024, 3, 1), read("---\ndate: 2024-03\n---\n", "a.md").date());
    Document broken = read("---\ndate: [2024\n---\nTexte 2024.\n", "a.md");
    assertNull(broken.date());
    assertEquals("   \n           \n   \nTexte 2024.\n", broken.analysed());
  }

  @Test
  void markdownReadsTheDateHeaderOfPlainText() {
    Document doc = read("date 2024-03-15\n# Titre\n", "a.md");
    assertEquals(LocalDate.of(2024, 3, 15), doc.date());
    assertEquals("               \n  Titre\n", doc.analysed());
  }

  @Test
  void markdownCommentsOutsideCodeAreComments() {
    Document doc = read("<!-- figlint-disable -->\nTexte `<!-- non -->`.\n\n    <!-- non -->\n",
        "a.md");
    assertEquals(List.of(new Comment(0, 24, " figlint-disable ")), doc.comments());
  }

  @Test
  void htmlKeepsTheVisibleTextAndLeadsItBackToTheOriginal() {
    String html = "<p>Un <b>15&nbsp;M&euro;</b> l&#8217;an.</p><script>var x = 12;</script>";
    Document doc = read(html, "a.html");
    assertEquals("Un 15\u00a0M€ l’an.", doc.analysed().strip());
    int fifteen = doc.analysed().indexOf("15");
    int euro = doc.analysed().indexOf('€');
    assertEquals(html.indexOf("15"), doc.originalOffset(fifteen));
    assertEquals(html.indexOf("</b>"), doc.originalEnd(euro + 1));
    assertEquals("15&nbsp;M&euro;", doc.originalText(fifteen, euro + 1));
    assertEquals(html.length(), doc.originalOffset(doc.analysed().length()));
  }

  @Test
  void htmlBlocksEndSentencesAndWhiteSpaceDoesNot() {
    Document doc = read("""
        <table><tr><td>2023</td><td>105 millions</td></tr></table>
        <p>Le projet coûte
          15 millions<br>Suite</p><ul><li>un</li><li>deux</li></ul>""", "a.html");
    assertEquals(List.of("2023", "105 millions", "Le projet coûte 15 millions", "Suite", "un",
        "deux"), sentences(doc));
  }

  @Test
  void htmlDateFromMetaOrTime() {
    assertEquals(LocalDate.of(2024, 3, 15),
        read("<meta name=\"date\" content=\"2024-03-15\"><p>x</p>", "a.html").date());
    assertEquals(LocalDate.of(2023, 11, 2), read(
        "<p>Publié le <time datetime=\"2023-11-02T09:00\">2 novembre</time></p>", "a.htm").date());
    Document none = read("<title> Titre </title><p>x</p>", "a.html");
    assertNull(none.date());
    assertEquals("Titre", none.title());
  }

  @Test
  void plainTextDirectivesAreCommentsNotProse() {
    String text = "Texte.\n  [figlint-disable name-variant]\r\n[pas une directive]\n";
    Document doc = read(text, "a.txt");
    assertEquals(List.of(new Comment(9, 39, "figlint-disable name-variant")), doc.comments());
    assertEquals("Texte.\n" + " ".repeat(32) + "\r\n[pas une directive]\n", doc.analysed());
  }

  @Test
  void transcriptSentencesRunOverLinesAndEndAtASpeakerTurn() throws Exception {
    Document doc = new DocumentLoader().load(Path.of("src/test/resources/formats/debat.txt"),
        "debat.txt");
    assertEquals(List.of(
        "Bonjour à tous, Mistral AI a levé 385 millions d'euros en 2023.",
        "Et Microsoft a investi 15 millions d'euros dans la société",
        "Merci, à demain pour 2 heures de débat."), sentences(doc));
  }

  @Test
  void formatFollowsTheExtension() throws Exception {
    assertEquals(DocumentFormat.MARKDOWN, DocumentFormat.of("docs/A.Markdown"));
    assertEquals(DocumentFormat.HTML, DocumentFormat.of("index.HTM"));
    assertEquals(DocumentFormat.PLAIN, DocumentFormat.of("<stdin>"));
    byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/formats/article.md"));
    assertEquals(LocalDate.of(2024, 3, 15), new DocumentLoader().fromBytes(bytes, "a.md").date());
    assertNull(new DocumentLoader().fromBytes(bytes, "a.txt").date());
  }
}
