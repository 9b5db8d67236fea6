package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Markdown, HTML and transcripts as users run figlint on them: every mention and finding at its
 * line and column in the original file, suppression comments, standard input and encodings.
 */
class FormatsTest {
  private static final Path FORMATS = Path.of("src/test/resources/formats");
  private static final ObjectMapper JSON = new ObjectMapper();

  record Run(int exit, String out, String err) {}

  static Run run(byte[] stdin, String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    InputStream saved = System.in;
    try {
      if (stdin != null) {
        System.setIn(new ByteArrayInputStream(stdin));
      }
      return new Run(cl.execute(args), out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  /** {@code figlint extract --format jsonl}: one JSON object per mention. */
  static List<JsonNode> mentions(byte[] stdin, String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("extract", "--format", "jsonl"));
    all.addAll(List.of(args));
    Run run = run(stdin, all.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  /** Mentions as "line:column-endLine:endColumn kind text". */
  static List<String> extract(String... args) throws Exception {
    return mentions(null, args).stream().map(FormatsTest::mention).toList();
  }

  static String mention(JsonNode m) {
    return span(m) + " " + m.get("kind").asText() + " " + m.get("text").asText();
  }

  static String span(JsonNode n) {
    return n.get("line").asInt() + ":" + n.get("column").asInt() + "-" + n.get("endLine").asInt()
        + ":" + n.get("endColumn").asInt();
  }

  /** {@code figlint lint --format json}: findings as "span rule snippet", "(suppressed)" added. */
  static List<String> lint(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("lint", "--format", "json"));
    all.addAll(List.of(args));
    Run run = run(null, all.toArray(String[]::new));
    List<String> out = new ArrayList<>();
    for (JsonNode f : JSON.readTree(run.out()).get("findings")) {
      out.add(span(f) + " " + f.get("ruleId").asText() + " " + f.get("snippet").asText()
          + (f.get("suppressed").asBoolean() ? " (suppressed)" : ""));
    }
    return out;
  }

  private static final List<String> MARKDOWN_MENTIONS = List.of(
      "7:16-7:36 money 385 millions d'euros",
      "9:33-9:52 money 15 millions d'euros",
      "9:72-9:88 date lundi 26 février",
      "10:26-10:41 date 26 février 2024",
      "11:38-11:51 date jeudi 12 mars",
      "15:17-15:28 count 35 salariés",
      "16:24-16:43 money 2 milliards d'euros",
      "17:6-17:10 percent 25 %",
      "21:3-21:7 date 2023",
      "21:10-21:30 money 105 millions d'euros",
      "22:3-22:7 date 2024",
      "22:10-22:30 money 385 millions d'euros",
      "24:33-24:52 money 40 millions d'euros",
      "24:56-24:60 date 2023",
      "37:54-37:57 percent 8 %");

  @Test
  void markdownMentionsPointIntoTheOriginalFile() throws Exception {
    // Not read: front matter, inline code, fenced and indented code, the HTML comment, the
    // bare URL, the image and the link destination.
    assertEquals(MARKDOWN_MENTIONS, extract(FORMATS.resolve("article.md").toString()));
  }

  @Test
  void markdownFrontMatterDatesTheDocument() throws Exception {
    JsonNode monday = mentions(null, FORMATS.resolve("article.md").toString()).get(2);
    assertEquals("2024-02-26", monday.get("value").get("start").asText());
    assertEquals(List.of("11:38-11:51 weekday-mismatch jeudi 12 mars"),
        lint(FORMATS.resolve("article.md").toString()));
  }

  @Test
  void markdownWithCrlfLineEndsKeepsItsPositions(@TempDir Path dir) throws Exception {
    Path crlf = dir.resolve("article.md");
    Files.writeString(crlf, Files.readString(FORMATS.resolve("article.md")).replace("\n", "\r\n"));
    assertEquals(MARKDOWN_MENTIONS, extract(crlf.toString()));
  }

  private static final List<String> HTML_MENTIONS = List.of(
      "5:29-5:44 money 15&nbsp;M&euro;",
      "12:32-12:47 money 15&nbsp;M&euro;",
      "13:10-13:26 date lundi 26 février",
      "13:55-13:71 percent environ 1&nbsp;%",
      "14:71-14:87 count 35&#160;salariés",
      "15:9-15:40 money 100&nbsp;millions d&rsquo;euros",
      "16:26-16:44 date jeudi 12&nbsp;mars",
      "17:32-17:61 count 1&nbsp;million d'utilisateurs",
      "17:85-17:116 money 2&nbsp;milliards d&#x2019;euros",
      "20:11-20:15 date 2023",
      "20:24-20:44 money 105 millions d'euros",
      "21:11-21:15 date 2024",
      "21:24-21:44 money 385 millions d'euros",
      "28:28-28:36 percent 8&nbsp;%",
      "28:66-28:76 percent 3,5&nbsp;%");

  @Test
  void htmlMentionsPointIntoTheOriginalFile() throws Exception {
    // Not read: style, script, code, pre, the comment and the link's href.
    assertEquals(HTML_MENTIONS, extract(FORMATS.resolve("article.html").toString()));
  }

  @Test
  void htmlMetaDatesTheDocumentAndFindingsQuoteTheOriginal() throws Exception {
    JsonNode monday = mentions(null, FORMATS.resolve("article.html").toString()).get(2);
    assertEquals("2024-02-26", monday.get("value").get("start").asText());
    assertEquals(List.of("16:26-16:44 weekday-mismatch jeudi 12&nbsp;mars"),
        lint(FORMATS.resolve("article.html").toString()));
  }

  @Test
  void htmlWithCrlfLineEndsKeepsItsPositions(@TempDir Path dir) throws Exception {
    Path crlf = dir.resolve("article.html");
    Files.writeString(crlf,
        Files.readString(FORMATS.resolve("article.html")).replace("\n", "\r\n"));
    assertEquals(HTML_MENTIONS, extract(crlf.toString()));
  }

  @Test
  void transcriptTimestampsAndSpeakersAreNotText() throws Exception {
    assertEquals(List.of(
        "2:7-2:27 money 385 millions d'euros",
        "2:31-2:35 date 2023",
        "4:7-4:26 money 15 millions d'euros",
        "5:37-5:43 date demain"), extract(FORMATS.resolve("debat.txt").toString()));
  }

  /** The text of every mention is the original text of its span: markup and entities as written. */
  @Test
  void mentionTextIsTheOriginalTextOfItsSpan() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(FORMATS)) {
      files = list.sorted().toList();
    }
    int checked = 0;
    for (Path file : files) {
      Charset charset = file.getFileName().toString().equals("latin1.txt")
          ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
      String original = Files.readString(file, charset);
      for (JsonNode m : mentions(null, "--encoding", charset.name(), file.toString())) {
        int start = offset(original, m.get("line").asInt(), m.get("column").asInt());
        int end = offset(original, m.get("endLine").asInt(), m.get("endColumn").asInt());
        assertEquals(original.substring(start, end), m.get("text").asText(), file + " " + m);
        checked++;
      }
    }
    assertTrue(checked > 40, "mentions checked: " + checked);
  }

  private static int offset(String text, int line, int column) {
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int lf = text.indexOf('\n', offset);
      offset = lf + 1;
    }
    return offset + column - 1;
  }

  @Test
  void markdownSuppressions() throws Exception {
    assertEquals(List.of(
        "8:23-8:36 weekday-mismatch jeudi 12 mars (suppressed)",
        "10:38-10:51 parts-exceed-whole 52 françaises",
        "12:1-12:58 unused-suppression <!-- figlint-disable parts-exceed-whole, name-variant -->",
        "13:36-13:47 parts-exceed-whole 41 français (suppressed)",
        "16:39-16:52 parts-exceed-whole 25 françaises",
        "18:1-18:49 unused-suppression <!-- figlint-disable-next-line date-mismatch -->"),
        lint(FORMATS.resolve("suppressed.md").toString()));
  }

  @Test
  void htmlSuppressions() throws Exception {
    assertEquals(List.of(
        "9:26-9:44 weekday-mismatch jeudi 12&nbsp;mars (suppressed)",
        "10:46-10:59 parts-exceed-whole 52 françaises",
        "12:42-12:53 parts-exceed-whole 41 français (suppressed)",
        "13:17-13:35 weekday-mismatch mardi 13&nbsp;mars (suppressed)",
        "15:42-15:55 parts-exceed-whole 25 françaises",
        "16:1-16:66 unused-suppression <!-- figlint-disable-next-line date-mismatch weekday-mismatch -->"),
        lint(FORMATS.resolve("suppressed.html").toString()));
  }

  @Test
  void plainTextSuppressions() throws Exception {
    assertEquals(List.of(
        "3:23-3:36 weekday-mismatch jeudi 12 mars (suppressed)",
        "4:38-4:51 parts-exceed-whole 52 françaises",
        "6:36-6:47 parts-exceed-whole 41 français (suppressed)",
        "8:39-8:52 parts-exceed-whole 25 françaises",
        "9:3-9:43 unused-suppression [figlint-disable-next-line name-variant]"),
        lint(FORMATS.resolve("suppressed.txt").toString()));
  }

  @Test
  void suppressedFindingsNeitherShowInTextNorFail() throws Exception {
    String quiet = FORMATS.resolve("quiet.txt").toString();
    assertEquals(List.of("3:23-3:36 weekday-mismatch jeudi 12 mars (suppressed)"), lint(quiet));
    Run text = run(null, "lint", quiet);
    assertEquals(0, text.exit());
    assertFalse(text.out().contains("jeudi"), text.out());
    Run unused = run(null, "lint", "--fail-on", "info", FORMATS.resolve("suppressed.txt").toString());
    assertEquals(1, unused.exit());
    assertTrue(unused.out().contains("suppressed.txt:9:3: info: « figlint-disable-next-line "
        + "name-variant » ne supprime aucun signalement. [unused-suppression]"), unused.out());
    assertFalse(unused.out().contains("41 français"), unused.out());
  }

  @Test
  void sarifDescribesTheUnusedSuppressionRule() throws Exception {
    Run run = run(null, "lint", "--format", "sarif", "--lang", "en",
        FORMATS.resolve("suppressed.md").toString());
    JsonNode sarif = JSON.readTree(run.out()).get("runs").get(0);
    List<String> rules = new ArrayList<>();
    sarif.get("tool").get("driver").get("rules").forEach(r -> rules.add(r.get("id").asText()));
    assertTrue(rules.contains("unused-suppression"), rules.toString());
    List<String> suppressed = new ArrayList<>();
    for (JsonNode r : sarif.get("results")) {
      if (!r.path("suppressions").isEmpty()) {
        suppressed.add(r.get("ruleId").asText() + " " + r.get("suppressions").get(0).get("kind").asText());
      }
    }
    assertEquals(List.of("weekday-mismatch inSource", "parts-exceed-whole inSource"), suppressed);
  }

  @Test
  void stdinFilenameChoosesTheFormatAndThePathShown() throws Exception {
    byte[] markdown = Files.readAllBytes(FORMATS.resolve("article.md"));
    List<JsonNode> found = mentions(markdown, "--stdin-filename", "docs/article.md", "-");
    assertEquals(MARKDOWN_MENTIONS, found.stream().map(FormatsTest::mention).toList());
    assertEquals("docs/article.md", found.get(0).get("file").asText());
    Run lint = run(Files.readAllBytes(FORMATS.resolve("article.html")),
        "lint", "--stdin-filename", "site/article.html", "-");
    assertTrue(lint.out().startsWith("site/article.html:16:26: error: "), lint.out());
    Run plain = run(markdown, "extract", "-");
    assertTrue(plain.out().contains("\"file\":\"<stdin>\""), plain.out());
  }

  @Test
  void encodingReadsLatin1AndReportsTheFirstBadByte() throws Exception {
    String latin1 = FORMATS.resolve("latin1.txt").toString();
    Run utf8 = run(null, "extract", latin1);
    assertEquals(2, utf8.exit());
    assertEquals("figlint: " + latin1 + ": not valid UTF-8 at byte 23", utf8.err().strip());
    assertEquals(List.of("2:19-2:38 money 15 millions d'euros", "2:42-2:58 date lundi 26 février"),
        extract("--encoding", "ISO-8859-1", latin1));
    assertEquals(0, run(null, "lint", "--encoding", "latin1", latin1).exit());
    Run unknown = run(null, "lint", "--encoding", "klingon", latin1);
    assertEquals(2, unknown.exit());
    assertTrue(unknown.err().contains("unknown encoding 'klingon'"), unknown.err());
  }
}
