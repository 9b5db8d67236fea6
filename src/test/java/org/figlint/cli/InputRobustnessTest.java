package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.figlint.parse.OriginalText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * figlint extract and lint on inputs that are empty, huge, binary, badly encoded or odd: each
 * bad file gets one line naming it, the other files are still read, positions stay right, and
 * nothing prints a stack trace.
 */
class InputRobustnessTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Prose with five figures, 480 bytes in UTF-8; it ends with a space so copies run on. */
  private static final String PARAGRAPH =
      "Le groupe lyonnais a annoncé mardi une levée de 15 millions d’euros auprès de ses "
          + "actionnaires historiques. Selon sa direction, le chiffre d’affaires a progressé de "
          + "12 % sur l’exercice, porté par la demande des hôpitaux. L’entreprise emploie désormais "
          + "340 salariés sur trois sites et prévoit d’en recruter une cinquantaine. Les premières "
          + "livraisons du nouvel équipement sont attendues le 14 mars 2025, après une phase "
          + "d’essais menée avec ses partenaires. ";

  private static final String WEEKDAY = "date 2025-03-10\n"
      + "La réunion est prévue lundi 18 mars 2025 à Bruxelles.\n";

  @TempDir Path dir;

  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run run(String... args) {
    return run(new StringWriter(), args);
  }

  static Run run(Writer outSink, String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(outSink));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    Run run = new Run(exit, outSink.toString(), err.toString());
    assertNoStackTrace(run.out());
    assertNoStackTrace(run.err());
    return run;
  }

  static void assertNoStackTrace(String output) {
    output.lines().forEach(line -> assertFalse(
        line.contains("Exception") || line.contains("at org.") || line.contains("Error:"),
        () -> "stack trace or exception printed: " + line));
  }

  Path write(String name, byte[] bytes) {
    try {
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path write(String name, String text) {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  static byte[] repeat(byte[] bytes, int times) {
    byte[] out = new byte[bytes.length * times];
    for (int i = 0; i < times; i++) {
      System.arraycopy(bytes, 0, out, i * bytes.length, bytes.length);
    }
    return out;
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static List<JsonNode> mentions(Run run) {
    List<JsonNode> out = new ArrayList<>();
    run.out().lines().forEach(line -> {
      try {
        out.add(JSON.readTree(line));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return out;
  }

  /** Every mention's text is the file's own text at its span, and spans come in order. */
  static void assertSpansMatch(Path file, List<JsonNode> mentions) {
    OriginalText original = OriginalText.of(file);
    int previousEnd = 0;
    for (JsonNode m : mentions) {
      int start = original.offset(m.get("line").asInt(), m.get("column").asInt());
      int end = original.offset(m.get("endLine").asInt(), m.get("endColumn").asInt());
      assertTrue(start >= previousEnd && end > start, () -> "bad span " + m);
      assertEquals(original.text().substring(start, end), m.get("text").asText(), m::toString);
      previousEnd = end;
    }
  }

  static String brief(JsonNode m) {
    return m.get("line").asInt() + ":" + m.get("column").asInt() + "-" + m.get("endLine").asInt()
        + ":" + m.get("endColumn").asInt() + " " + m.get("kind").asText() + " "
        + m.get("text").asText();
  }

  static List<String> briefs(Run run) {
    return mentions(run).stream().map(InputRobustnessTest::brief).toList();
  }

  // ---------------------------------------------------------------- empty, binary, encodings

  @Test
  void emptyFileGivesNoOutput() {
    Path empty = write("empty.txt", "");
    assertEquals(new Run(0, "", ""), run("extract", empty.toString()));
    Run lint = run("lint", "--format", "json", empty.toString());
    assertEquals(0, lint.exit());
    assertEquals("", lint.err());
  }

  @Test
  void binaryFileIsOneLineNamingIt() {
    Path binary = write("image.txt", new byte[] {'P', 'K', 3, 4, 0, 0, 0, '1', '5', ' ', '%'});
    Run run = run("extract", binary.toString());
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    assertEquals(List.of("figlint: " + binary + ": binary file (NUL byte), not checked"),
        run.errLines());
  }

  @Test
  void invalidUtf8NamesTheByte() {
    byte[] before = utf8("Le 14 février 2024, la hausse atteint 15 %");
    Path file = write("latin1.txt", concat(before, new byte[] {(byte) 0xE9}, utf8(" puis 3 %.")));
    Run run = run("extract", file.toString());
    assertEquals(2, run.exit());
    // The byte is counted from 0, from the start of the file, as iconv and Python count.
    assertEquals(List.of("figlint: " + file + ": not valid UTF-8 at byte " + before.length),
        run.errLines());
    assertEquals("", run.out());
  }

  @Test
  void invalidUtf8AfterABomCountsTheBom() {
    byte[] before = utf8("Il a levé 15 millions d’euros");
    Path file = write("bom-latin1.txt", concat(UTF8_BOM, before, new byte[] {(byte) 0xFF}));
    Run run = run("extract", file.toString());
    assertEquals(List.of("figlint: " + file + ": not valid UTF-8 at byte "
        + (UTF8_BOM.length + before.length)), run.errLines());
  }

  @Test
  void truncatedSequenceAtTheEnd() {
    byte[] whole = utf8("Le billet coûte 15 €");
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);
    Path file = write("truncated.txt", cut);
    Run run = run("extract", file.toString());
    assertEquals(2, run.exit());
    // The euro sign takes three bytes; the sequence starts two bytes before the cut end.
    assertEquals(List.of("figlint: " + file + ": not valid UTF-8 at byte " + (cut.length - 2)),
        run.errLines());
  }

  @Test
  void utf8BomIsNotCounted() {
    String text = "Il a levé 15 millions d’euros.\n";
    Path plain = write("plain.txt", text);
    Path bom = write("bom.txt", concat(UTF8_BOM, utf8(text)));
    Run run = run("extract", bom.toString());
    assertEquals(0, run.exit());
    assertEquals(List.of("1:11-1:30 money 15 millions d’euros"), briefs(run));
    assertEquals(briefs(run("extract", plain.toString())), briefs(run));
    assertSpansMatch(bom, mentions(run));
  }

  @Test
  void utf8BomKeepsFindingPositionsAndDateHeader() throws IOException {
    Path bom = write("weekday.txt", concat(UTF8_BOM, utf8(WEEKDAY)));
    Run run = run("lint", "--format", "json", bom.toString());
    assertEquals(1, run.exit());
    JsonNode finding = JSON.readTree(run.out()).get("findings").get(0);
    assertEquals("weekday-mismatch", finding.get("ruleId").asText());
    assertEquals(List.of(2, 23, 2, 41, "lundi 18 mars 2025"),
        List.of(finding.get("line").asInt(), finding.get("column").asInt(),
            finding.get("endLine").asInt(), finding.get("endColumn").asInt(),
            finding.get("snippet").asText()));
  }

  @Test
  void utf16WithBomReadsLikeUtf8() {
    String text = "Il a levé 15 millions d’euros 🚀.\r\nLe 14 mars 2024, la hausse atteint 12 %.\r\n";
    List<String> expected = briefs(run("extract", write("utf8.txt", text).toString()));
    assertEquals(List.of("1:11-1:30 money 15 millions d’euros", "2:4-2:16 date 14 mars 2024",
        "2:36-2:40 percent 12 %"), expected);
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        text.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        text.getBytes(StandardCharsets.UTF_16BE));
    for (Path file : List.of(write("utf16le.txt", le), write("utf16be.txt", be))) {
      Run run = run("extract", file.toString());
      assertEquals(0, run.exit(), run::err);
      assertEquals(expected, briefs(run), file::toString);
      assertSpansMatch(file, mentions(run));
    }
  }

  @Test
  void utf16WithOddLengthIsOneLine() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        "15 %".getBytes(StandardCharsets.UTF_16LE), new byte[] {'x'});
    Path file = write("odd.txt", le);
    Run run = run("extract", file.toString());
    assertEquals(2, run.exit());
    assertEquals(List.of("figlint: " + file + ": not valid UTF-16LE at byte " + (le.length - 1)),
        run.errLines());
  }

  @Test
  void crlfAndCrLineEnds() {
    Path crlf = write("crlf.txt",
        "Il a levé 15 millions d’euros.\r\nLe 14 mars 2024, la hausse atteint 12 %.\r\n");
    Run run = run("extract", crlf.toString());
    assertEquals(List.of("1:11-1:30 money 15 millions d’euros", "2:4-2:16 date 14 mars 2024",
        "2:36-2:40 percent 12 %"), briefs(run));
    assertSpansMatch(crlf, mentions(run));

    Path cr = write("cr.txt", "Il a levé 15 millions d’euros.\rLe 14 mars 2024, 12 %.\r");
    run = run("extract", cr.toString());
    assertEquals(List.of("1:11-1:30 money 15 millions d’euros", "2:4-2:16 date 14 mars 2024",
        "2:18-2:22 percent 12 %"), briefs(run));
    assertSpansMatch(cr, mentions(run));
  }

  // ---------------------------------------------------------------- size and pathological text

  @Test
  void fiftyMegabytesOnOneLine() {
    Path one = write("paragraph.txt", PARAGRAPH);
    int perParagraph = mentions(run("extract", one.toString())).size();
    assertEquals(5, perParagraph);
    int copies = 50 * 1024 * 1024 / utf8(PARAGRAPH).length;
    Path big = write("big.txt", repeat(utf8(PARAGRAPH), copies));
    LineCounter out = new LineCounter();
    Run run = run(out, "extract", big.toString());
    assertEquals(0, run.exit(), run::err);
    assertEquals("", run.err());
    assertEquals((long) copies * perParagraph, out.lines);
    // The last figure of the last copy, at its place on the one line.
    int lastColumn = (copies - 1) * PARAGRAPH.length() + PARAGRAPH.indexOf("14 mars 2025") + 1;
    assertTrue(out.last.contains("\"line\":1,\"column\":" + lastColumn + ","), out.last);
    assertTrue(out.last.contains("\"text\":\"14 mars 2025\""), out.last);
  }

  /** Counts output lines and keeps the last one, instead of holding the whole output. */
  static final class LineCounter extends Writer {
    long lines;
    String last = "";
    private final StringBuilder current = new StringBuilder();

    @Override
    public void write(char[] cbuf, int off, int len) {
      for (int i = off; i < off + len; i++) {
        if (cbuf[i] == '\n') {
          lines++;
          last = current.toString();
          current.setLength(0);
        } else {
          current.append(cbuf[i]);
        }
      }
      assertNoStackTrace(current.toString());
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return "";
    }
  }

  @Test
  void tenMegabytesOfDigits() {
    byte[] digits = new byte[10 * 1024 * 1024];
    Arrays.fill(digits, (byte) '7');
    Path file = write("digits.txt", digits);
    Run run = run("extract", file.toString());
    assertEquals(0, run.exit(), run::err);
    assertSpansMatch(file, mentions(run));
  }

  @Test
  void aLineOfAHundredThousandMillions() {
    String millions = "millions ".repeat(100_000);
    Path file = write("millions.txt", "Le budget atteint 1 " + millions + "d’euros. Il a levé "
        + millions + "15 millions d’euros.");
    Run run = run("extract", file.toString());
    assertEquals(0, run.exit(), run::err);
    assertSpansMatch(file, mentions(run));
    Run bare = run("extract", write("bare.txt", millions).toString());
    assertEquals(new Run(0, "", ""), bare);
  }

  @Test
  void runsOfNumberWordsTakeLinearTime() {
    Path file = write("spelled.txt", "vingt-deux ".repeat(10_000) + "et 15 %.");
    Run run = run("extract", file.toString());
    assertEquals(0, run.exit(), run::err);
    List<JsonNode> mentions = mentions(run);
    assertSpansMatch(file, mentions);
    assertEquals("15 %", mentions.get(mentions.size() - 1).get("text").asText());
  }

  @Test
  void aMillionNestedParentheses() {
    int depth = 1_000_000;
    Path file = write("parens.txt", "(".repeat(depth) + "15 %" + ")".repeat(depth));
    Run run = run("extract", file.toString());
    assertEquals(0, run.exit(), run::err);
    assertEquals(List.of("1:" + (depth + 1) + "-1:" + (depth + 5) + " percent 15 %"), briefs(run));
  }

  // ---------------------------------------------------------------- characters around figures

  @Test
  void everyUnicodeSpaceAroundFigures() throws IOException {
    String[] spaces = {"\u0020", "\u00A0", "\u2000", "\u2001", "\u2002", "\u2003", "\u2004",
      "\u2005", "\u2006", "\u2007", "\u2008", "\u2009", "\u200A", "\u202F", "\u205F", "\u3000"};
    for (String s : spaces) {
      String name = String.format("space-%04X.txt", (int) s.charAt(0));
      Path file = write(name, "Selon l’Insee," + s + "la hausse atteint" + s + "15" + s + "%" + s
          + "sur" + s + "un" + s + "an.\n");
      Run run = run("extract", file.toString());
      assertEquals(0, run.exit(), run::err);
      List<JsonNode> mentions = mentions(run);
      assertSpansMatch(file, mentions);
      assertEquals(1, mentions.size(), name);
      assertEquals("15" + s + "%", mentions.get(0).get("text").asText(), name);
      assertEquals("15", mentions.get(0).get("value").get("value").asText(), name);
    }
    // The spaces that group thousands in French.
    for (String s : new String[] {"\u0020", "\u00A0", "\u2009", "\u202F"}) {
      Path file = write("thousands.txt", "Le prix atteint 2" + s + "500" + s + "euros.");
      JsonNode m = mentions(run("extract", file.toString())).get(0);
      assertEquals("2" + s + "500" + s + "euros", m.get("text").asText());
      assertEquals("2500", m.get("value").get("amount").asText());
    }
  }

  @Test
  void everyApostropheAroundFigures() {
    for (String a : new String[] {"'", "’", "ʼ", "‘"}) {
      Path file = write("apostrophe.txt",
          "L" + a + "entreprise a levé 15 millions d" + a + "euros. C" + a + "était l" + a
              + "an dernier.");
      Run run = run("extract", file.toString());
      List<JsonNode> mentions = mentions(run);
      assertSpansMatch(file, mentions);
      JsonNode money = mentions.get(0);
      assertEquals("15 millions d" + a + "euros", money.get("text").asText(), a);
      assertEquals("15000000", money.get("value").get("amount").asText(), a);
      assertEquals("EUR", money.get("value").get("currency").asText(), a);
    }
  }

  @Test
  void nulBytesInTheMiddle() {
    Path early = write("nul.txt", "Il a levé 15 millions d’euros.\0\0\0 Le 14 mars 2024, 12 %.");
    Run run = run("extract", early.toString());
    assertEquals(2, run.exit());
    assertEquals(List.of("figlint: " + early + ": binary file (NUL byte), not checked"),
        run.errLines());

    // Only the first 8 KB are looked at for NUL bytes, as git does: later ones are text.
    String prose = PARAGRAPH.repeat(20);
    Path late = write("late-nul.txt", prose + "\0Le 14 mars 2024, la hausse atteint 12 %.");
    run = run("extract", late.toString());
    assertEquals(0, run.exit(), run::err);
    List<JsonNode> mentions = mentions(run);
    assertSpansMatch(late, mentions);
    assertEquals(20 * 5 + 2, mentions.size());
    assertEquals("1:" + (prose.length() + 5) + "-1:" + (prose.length() + 17)
        + " date 14 mars 2024", brief(mentions.get(mentions.size() - 2)));
  }

  @Test
  void mixedScriptsAroundFigures() {
    Path file = write("scripts.txt", "🚀 15 % de hausse.\n"
        + "في عام 2024 ارتفع الإنتاج 12 % 中文报道 le 14 mars 2024 😀 soit 3 millions d’euros.\n"
        + "東京 2 500 euros 👩‍👩‍👧 30 %\n");
    Run run = run("extract", file.toString());
    assertEquals(0, run.exit(), run::err);
    List<JsonNode> mentions = mentions(run);
    assertSpansMatch(file, mentions);
    // The rocket is one character but two UTF-16 units: "15 %" starts at column 4.
    assertEquals("1:4-1:8 percent 15 %", brief(mentions.get(0)));
    List<String> texts = mentions.stream().map(m -> m.get("text").asText()).toList();
    assertTrue(texts.containsAll(List.of("12 %", "14 mars 2024", "3 millions d’euros",
        "2 500 euros", "30 %")), texts::toString);
  }

  // ---------------------------------------------------------------- several inputs

  /** A device or a pipe is not read as a file (it may never end): standard input is -. */
  @Test
  @Timeout(60)
  void aDeviceOrAPipeIsNotReadAndTheOthersAre() throws Exception {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull));
    List<String> special = new ArrayList<>(List.of(devNull.toString(), "/dev/zero"));
    Path pipe = dir.resolve("pipe.txt");
    try {
      if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0) {
        special.add(pipe.toString());
      }
    } catch (IOException e) {
      // no mkfifo here: the devices only
    }
    Path good = write("good.txt", WEEKDAY);
    for (String path : special) {
      Run lint = run("lint", "--format", "json", path, good.toString());
      assertEquals(2, lint.exit(), path);
      assertEquals(List.of("figlint: " + path + ": not a regular file or folder; use - to read"
          + " standard input"), lint.errLines());
      assertEquals(1, JSON.readTree(lint.out()).get("summary").get("files").asInt());
    }
  }

  @Test
  void missingPathDoesNotStopTheOthers() throws IOException {
    Path good = write("good.txt", WEEKDAY);
    String missing = dir.resolve("missing.txt").toString();
    Run extract = run("extract", missing, good.toString());
    assertEquals(2, extract.exit());
    assertEquals(List.of("figlint: " + missing + ": no such file or folder"), extract.errLines());
    assertEquals(List.of("2:23-2:41 date lundi 18 mars 2025"), briefs(extract));

    Run lint = run("lint", "--format", "json", missing, good.toString());
    assertEquals(2, lint.exit());
    assertEquals(List.of("figlint: " + missing + ": no such file or folder"), lint.errLines());
    JsonNode report = JSON.readTree(lint.out());
    assertEquals("weekday-mismatch", report.get("findings").get(0).get("ruleId").asText());
    assertEquals(1, report.get("summary").get("files").asInt());
  }

  @Test
  void folderOfBadFilesNamesEachAndChecksTheRest() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("mixed"));
    Files.write(folder.resolve("a-binary.txt"), new byte[] {1, 0, 2});
    Files.write(folder.resolve("b-latin1.txt"), new byte[] {'1', '5', ' ', (byte) 0xE9});
    Files.writeString(folder.resolve("c-empty.txt"), "");
    Files.writeString(folder.resolve("d-weekday.txt"), WEEKDAY);
    Files.createDirectory(folder.resolve("e-folder.txt"));
    for (String format : List.of("text", "json", "sarif")) {
      Run run = run("lint", "--format", format, folder.toString());
      assertEquals(2, run.exit());
      assertEquals(List.of(
          "figlint: " + folder.resolve("a-binary.txt") + ": binary file (NUL byte), not checked",
          "figlint: " + folder.resolve("b-latin1.txt") + ": not valid UTF-8 at byte 3"),
          run.errLines());
      assertTrue(run.out().contains("d-weekday.txt"), run::out);
      assertTrue(run.out().contains("lundi 18 mars 2025"), run::out);
    }
  }

  @Test
  void escapeSequencesInADocumentAreShownNotSentToTheTerminal() {
    // Escape sequences that would recolour the report and retitle the window, a bell, a
    // vertical tab inside a figure, a delete and a C1 control, in a file named with an escape.
    String line = "La réunion est prévue lundi 18\u000Bmars 2025 \u001B[31mà\u001B[0m "
        + "\u001B]0;titre\u0007 Bruxelles,\t\u007F\u0085 pour 15 millions d’euros.";
    Path file = write("a\u001B[2Jb.txt", utf8("date 2025-03-10\n" + line + "\n"));
    for (String command : List.of("lint", "extract")) {
      Run run = command.equals("lint") ? run("lint", file.toString())
          : run("extract", "--format", "text", file.toString());
      assertEquals(command.equals("lint") ? 1 : 0, run.exit(), run::err);
      run.out().chars().forEach(c -> assertTrue(c >= 0x20 && (c < 0x7F || c > 0x9F)
          || c == '\n' || c == '\t', () -> command + " printed U+" + Integer.toHexString(c)
          + ":\n" + run.out()));
      assertTrue(run.out().contains("a\u241B[2Jb.txt:2:23: "), run::out);
      assertTrue(run.out().contains("lundi 18\u240Bmars 2025"), run::out);
    }
    // The line under the finding, each control one symbol, and the carets still under the date.
    List<String> lint = run("lint", file.toString()).out().lines().toList();
    String shown = line.replace('\u000B', '\u240B').replace('\u001B', '\u241B')
        .replace('\u0007', '\u2407').replace('\u007F', '\u2421').replace('\u0085', '\uFFFD');
    assertEquals(shown, lint.get(1));
    assertEquals(" ".repeat(22) + "^".repeat(18), lint.get(2));
  }

  @Test
  void standardInput() {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(concat(UTF8_BOM, utf8("Il a levé 15 M€.\r\n"))));
      Run run = run("extract", "-");
      assertEquals(0, run.exit(), run::err);
      assertEquals(List.of("1:11-1:16 money 15 M€"), briefs(run));
      assertEquals("<stdin>", mentions(run).get(0).get("file").asText());

      System.setIn(new ByteArrayInputStream(utf8(WEEKDAY)));
      run = run("lint", "-");
      assertEquals(1, run.exit(), run::err);
      assertTrue(run.out().startsWith("<stdin>:2:23: "), run::out);

      System.setIn(new ByteArrayInputStream(new byte[] {'1', '5', (byte) 0xC3}));
      run = run("extract", "-");
      assertEquals(2, run.exit());
      assertEquals(List.of("figlint: <stdin>: not valid UTF-8 at byte 2"), run.errLines());
    } finally {
      System.setIn(saved);
    }
  }
}
