package org.figlint.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.figlint.cli.Main;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The span figlint extract reports for a mention is where its text stands in the file: for every
 * mention of every seed and test document, the file's own text between (line, column) and
 * (endLine, endColumn), counted here without figlint's code, equals the reported text; spans lie
 * in the text, in order, without overlapping. The same holds, with the same output, whatever the
 * default locale.
 */
class SpanPropertyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Locale> LOCALES = List.of(Locale.FRANCE, Locale.US);

  @TempDir static Path dir;

  /** Documents written for this test: what the seeds may not hold. */
  private static final List<String> WRITTEN = List.of(
      "🚀 Le lanceur a coûté 15 millions d’euros, soit 12 % du budget.\n",
      "Le ministre a promis «\u202F15\u202F%\u202F» de hausse dès le 1er janvier 2025.\n",
      "\uFEFFLe 14 mars 2024, 😀😀 la société a levé 2\u202F500\u00A0€.\r\nPuis 3 M€.\r\n",
      "date 2024-03-15\nL’an dernier, 30 personnes ; 👩‍👩‍👧 le 2 février, 40 %.\rFin.\r");

  static List<Path> documents() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(Path.of("seeds"), Path.of("src/test/resources"))) {
      try (Stream<Path> walk = Files.walk(root)) {
        // latin1.txt is deliberately not UTF-8 (it tests --encoding).
        walk.filter(p -> p.toString().endsWith(".txt"))
            .filter(p -> !p.getFileName().toString().equals("latin1.txt"))
            .sorted().forEach(files::add);
      }
    }
    for (int i = 0; i < WRITTEN.size(); i++) {
      files.add(Files.writeString(dir.resolve("written-" + i + ".txt"), WRITTEN.get(i),
          StandardCharsets.UTF_8));
    }
    return files;
  }

  @TestFactory
  Stream<DynamicTest> reportedTextIsTheFileTextAtTheSpan() throws IOException {
    List<Path> files = documents();
    assertTrue(files.size() >= 5 + 7 + WRITTEN.size(), files::toString);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
      List<String> outputs = new ArrayList<>();
      for (Locale locale : LOCALES) {
        String out = extract(locale, file);
        assertSpans(file, out);
        outputs.add(out);
      }
      assertEquals(outputs.get(0), outputs.get(1), "output depends on the default locale");
    }));
  }

  @Test
  void emojiBeforeAFigureCountsTwoUnits() throws IOException {
    Path file = Files.writeString(dir.resolve("emoji.txt"), WRITTEN.get(0));
    JsonNode first = mentions(extract(Locale.FRANCE, file)).get(0);
    assertEquals("15 millions d’euros", first.get("text").asText());
    // "🚀 Le lanceur a coûté " is 21 code points but 22 UTF-16 units.
    assertEquals(23, first.get("column").asInt());
    assertEquals(42, first.get("endColumn").asInt());
  }

  @Test
  void figureInsideGuillemetsWithNarrowSpaces() throws IOException {
    Path file = Files.writeString(dir.resolve("guillemets.txt"), WRITTEN.get(1));
    JsonNode first = mentions(extract(Locale.FRANCE, file)).get(0);
    assertEquals("15\u202F%", first.get("text").asText());
    assertEquals(24, first.get("column").asInt());
    assertEquals(28, first.get("endColumn").asInt());
  }

  static String extract(Locale locale, Path file) {
    Locale saved = Locale.getDefault();
    Locale.setDefault(locale);
    try {
      CommandLine cl = Main.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int exit = cl.execute("extract", "--reference-date", "2024-06-01", file.toString());
      assertEquals(0, exit, err::toString);
      assertEquals("", err.toString());
      return out.toString();
    } finally {
      Locale.setDefault(saved);
    }
  }

  static List<JsonNode> mentions(String jsonl) {
    List<JsonNode> out = new ArrayList<>();
    jsonl.lines().forEach(line -> {
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return out;
  }

  static void assertSpans(Path file, String jsonl) {
    OriginalText original = OriginalText.of(file);
    int previousEnd = 0;
    for (JsonNode m : mentions(jsonl)) {
      int start = original.offset(m.get("line").asInt(), m.get("column").asInt());
      int end = original.offset(m.get("endLine").asInt(), m.get("endColumn").asInt());
      assertTrue(0 <= start && start < end && end <= original.text().length(), m::toString);
      assertTrue(start >= previousEnd, () -> "overlaps the mention before: " + m);
      assertEquals(original.text().substring(start, end), m.get("text").asText(), m::toString);
      assertFalse(Character.isLowSurrogate(original.text().charAt(start)), m::toString);
      previousEnd = end;
    }
  }
}
