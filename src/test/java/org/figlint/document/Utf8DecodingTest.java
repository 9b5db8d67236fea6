package org.figlint.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * UTF-8 input is decoded by String's own decoder when the bytes are valid: the text is the one
 * a strict decoder gives, and invalid bytes are still refused with the position of the first
 * error, a U+FFFD written in the text being no error.
 */
class Utf8DecodingTest {
  private final DocumentLoader loader = new DocumentLoader();

  /** The strict decoder's text, or null when the bytes are not valid UTF-8. */
  private static String strict(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @Test
  void aReplacementCharacterWrittenInTheTextIsNoError() throws InputException {
    String text = "Le chiffre illisible � vaut 3 millions d’euros.\n";
    assertEquals(text, loader.fromBytes(text.getBytes(StandardCharsets.UTF_8), "a.txt").text());
  }

  @Test
  void invalidBytesAreRefusedWithTheirPosition() {
    byte[] bytes = {'1', '5', ' ', 'M', (byte) 0xE2, (byte) 0x82, ' ', '\n'};
    InputException e = assertThrows(InputException.class, () -> loader.fromBytes(bytes, "b.txt"));
    assertEquals("b.txt: not valid UTF-8 at byte 4", e.getMessage());
  }

  @Test
  void randomBytesDecodeAsTheStrictDecoderDecodesThem() {
    // Bytes drawn so that valid and invalid sequences both come up: ASCII, lead and
    // continuation bytes, the UTF-8 of "é", "’", "€" and U+FFFD, surrogates encoded (invalid).
    byte[][] pieces = {{'a'}, {' '}, {'\n'}, {(byte) 0xC3, (byte) 0xA9},
        {(byte) 0xE2, (byte) 0x80, (byte) 0x99}, {(byte) 0xE2, (byte) 0x82, (byte) 0xAC},
        {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98, (byte) 0x80}, {(byte) 0x80}, {(byte) 0xC3},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xFF}};
    Random random = new Random(27112026);
    int valid = 0;
    for (int t = 0; t < 5000; t++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      for (int k = 1 + random.nextInt(12); k > 0; k--) {
        out.writeBytes(pieces[random.nextInt(pieces.length)]);
      }
      byte[] bytes = out.toByteArray();
      String expected = strict(bytes);
      if (expected == null) {
        assertThrows(InputException.class, () -> loader.fromBytes(bytes, "c.txt"));
      } else {
        valid++;
        try {
          assertEquals(expected, loader.fromBytes(bytes, "c.txt").text());
        } catch (InputException e) {
          throw new AssertionError(e);
        }
      }
    }
    assertEquals(true, valid > 500 && valid < 4500, valid + " valid of 5000");
  }
}
