package org.figlint.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
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
}
