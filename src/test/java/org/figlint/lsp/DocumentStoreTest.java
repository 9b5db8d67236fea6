package org.figlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.figlint.Allocation;
import org.junit.jupiter.api.Test;

class DocumentStoreTest {
  private static String edit(String text, int l1, int c1, int l2, int c2, String replacement) {
    DocumentStore store = new DocumentStore();
    store.open(new OpenDocument("file:///t.md", "markdown", 1, text));
    return store.change("file:///t.md", 2, List.of(new TextDocumentContentChangeEvent(
        new Range(new Position(l1, c1), new Position(l2, c2)), replacement))).orElseThrow().text();
  }

  @Test
  void anEditInsideALine() {
    assertEquals("Le mardi 18 mars", edit("Le lundi 18 mars", 0, 3, 0, 8, "mardi"));
  }

  @Test
  void anEditAcrossLines() {
    assertEquals("un\nQUATRE", edit("un\ndeux\ntrois\nquatre", 1, 0, 3, 6, "QUATRE"));
    assertEquals("un deux", edit("un\ndeux", 0, 2, 1, 0, " "));
  }

  @Test
  void insertingLinesThenEditingThem() {
    DocumentStore store = new DocumentStore();
    store.open(new OpenDocument("u", "plaintext", 1, "a\nb"));
    String text = store.change("u", 2, List.of(
        new TextDocumentContentChangeEvent(new Range(new Position(0, 1), new Position(0, 1)),
            "1\n2\n3"),
        new TextDocumentContentChangeEvent(new Range(new Position(2, 0), new Position(3, 1)),
            "x"))).orElseThrow().text();
    assertEquals("a1\n2\nx", text);
  }

  @Test
  void charactersCountUtf16UnitsSoAnEmojiTakesTwo() {
    // "😀" is a surrogate pair: the figure after it starts at character 3, not 2.
    assertEquals("😀 20 M€", edit("😀 15 M€", 0, 3, 0, 5, "20"));
    assertEquals("a b", edit("a😀b", 0, 1, 0, 3, " "));
    assertEquals("😀\n🎉", edit("😀\n😀", 1, 0, 1, 2, "🎉"));
  }

  @Test
  void crlfAndCrEndLines() {
    assertEquals("un\r\nDEUX\r\ntrois", edit("un\r\ndeux\r\ntrois", 1, 0, 1, 4, "DEUX"));
    assertEquals("un\rDEUX\rtrois", edit("un\rdeux\rtrois", 1, 0, 1, 4, "DEUX"));
    assertEquals("un\r\ntrois", edit("un\r\ndeux\r\ntrois", 1, 0, 2, 0, ""));
  }

  @Test
  void positionsPastTheEndAreClamped() {
    assertEquals("un!\ndeux", edit("un\ndeux", 0, 99, 0, 99, "!"));
    assertEquals("un\ndeux!", edit("un\ndeux", 7, 0, 7, 0, "!"));
  }

  @Test
  void aFullChangeReplacesTheText() {
    DocumentStore store = new DocumentStore();
    store.open(new OpenDocument("u", "plaintext", 1, "ancien"));
    assertEquals("nouveau", store.change("u", 2,
        List.of(new TextDocumentContentChangeEvent("nouveau"))).orElseThrow().text());
    assertEquals(2, store.get("u").orElseThrow().version());
  }

  @Test
  void positionsAndOffsetsAgree() {
    String text = "un\r\n😀 deux\rtrois\n";
    for (int offset = 0; offset <= text.length(); offset++) {
      if (offset > 0 && text.charAt(offset - 1) == '\r' && offset < text.length()
          && text.charAt(offset) == '\n') {
        continue; // between \r and \n: not a position of its own
      }
      assertEquals(offset, DocumentStore.offset(text, DocumentStore.position(text, offset)),
          "offset " + offset);
    }
  }

  /** The text after {@code changes}, each applied to a new text with a new map of its lines. */
  private static String oneByOne(String text, List<TextDocumentContentChangeEvent> changes) {
    for (TextDocumentContentChangeEvent c : changes) {
      if (c.getRange() == null) {
        text = c.getText();
        continue;
      }
      int start = DocumentStore.offset(text, c.getRange().getStart());
      int end = Math.max(start, DocumentStore.offset(text, c.getRange().getEnd()));
      text = text.substring(0, start) + c.getText() + text.substring(end);
    }
    return text;
  }

  /**
   * Batches of random changes (line breaks of every kind made, split and joined, emoji,
   * positions past the ends, reversed ranges, whole-text changes among them) leave the text
   * that applying them one at a time to a new text leaves.
   */
  @Test
  void batchesOfChangesGiveTheTextOfChangesAppliedOneByOne() {
    java.util.Random random = new java.util.Random(11);
    String[] pieces = {"a", "mot ", "\n", "\r", "\r\n", "😀", "é", "\n\n", "12 %"};
    for (int round = 0; round < 2_000; round++) {
      String text = randomText(random, pieces, random.nextInt(40));
      DocumentStore store = new DocumentStore();
      store.open(new OpenDocument("u", "plaintext", 1, text));
      List<TextDocumentContentChangeEvent> changes = new java.util.ArrayList<>();
      for (int k = random.nextInt(12); k >= 0; k--) {
        if (random.nextInt(30) == 0) {
          changes.add(new TextDocumentContentChangeEvent(randomText(random, pieces, 5)));
        } else {
          changes.add(new TextDocumentContentChangeEvent(new Range(
              new Position(random.nextInt(14) - 1, random.nextInt(12) - 1),
              new Position(random.nextInt(14) - 1, random.nextInt(12) - 1)),
              randomText(random, pieces, random.nextInt(4))));
        }
      }
      assertEquals(oneByOne(text, changes), store.change("u", 2, changes).orElseThrow().text(),
          () -> text + " " + changes);
    }
  }

  private static String randomText(java.util.Random random, String[] pieces, int count) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < count; i++) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    return b.toString();
  }

  /**
   * An editor's "replace all" sends one change per occurrence: 2,000 changes to a text of
   * 400,000 characters. Applying each to a new text with a new map of its lines allocated
   * about 2,000 times the text; now the text and its line starts are edited in place.
   */
  @Test
  void aReplaceAllIsAppliedInPlace() {
    String line = "Le conseil se réunira le lundi 18 mars 2025 à la mairie.\n";
    int count = 400_000 / line.length();
    String text = line.repeat(count);
    List<TextDocumentContentChangeEvent> changes = new java.util.ArrayList<>();
    for (int i = count - 1; i >= count - 2_000; i--) {
      // From the end, as editors send them, so that each range holds in the text as it is.
      changes.add(new TextDocumentContentChangeEvent(
          new Range(new Position(i, 25), new Position(i, 30)), "mardi"));
    }
    DocumentStore store = new DocumentStore();
    store.open(new OpenDocument("u", "plaintext", 1, text));
    String[] after = new String[1];
    long allocated = Allocation.by(
        () -> after[0] = store.change("u", 2, changes).orElseThrow().text());
    assertEquals(2_000, after[0].split("mardi", -1).length - 1);
    assertEquals(text.length(), after[0].length());
    assertTrue(allocated < 16L * text.length(), "bytes allocated: " + allocated);
  }
}
