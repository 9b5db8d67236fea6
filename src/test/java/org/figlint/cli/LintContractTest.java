package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.figlint.parse.OriginalText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The promises of figlint lint, rules and explain: exit codes, where the report goes, its
 * language, its order and stability, valid SARIF whose regions point at the flagged text, and
 * one-line errors for bad options and broken rule files.
 */
class LintContractTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CHECKS = Path.of("src/test/resources/checks");
  private static final String ERRORS = CHECKS.resolve("weekday-positive.txt").toString();
  private static final String WARNINGS = CHECKS.resolve("tense-positive.txt").toString();
  private static final String CLEAN = "src/test/resources/lint/clean/article.txt";

  @TempDir Path dir;

  record Run(int exit, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }
  }

  static Run figlint(String... args) {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    InputRobustnessTest.assertNoStackTrace(out.toString());
    InputRobustnessTest.assertNoStackTrace(err.toString());
    return new Run(exit, out.toString(), err.toString());
  }

  String infos() throws IOException {
    return Files.writeString(dir.resolve("infos.txt"), "OpenAI a présenté son modèle en mai.\n"
        + "Le lendemain, OpenIA a publié un billet de blog.\n").toString();
  }

  // ---------------------------------------------------------------- exit codes

  @Test
  void exitCodesFollowFailOn() throws IOException {
    // The most severe finding of each document: none, info, warning, error.
    Map<String, String> documents = Map.of(
        "clean", CLEAN, "info", infos(), "warning", WARNINGS, "error", ERRORS);
    // For each threshold, the documents that fail (exit 1).
    Map<String, List<String>> failing = Map.of(
        "error", List.of("error"),
        "warning", List.of("warning", "error"),
        "info", List.of("info", "warning", "error"),
        "never", List.of());
    for (var threshold : failing.entrySet()) {
      for (var doc : documents.entrySet()) {
        Run run = figlint("lint", "--fail-on", threshold.getKey(), doc.getValue());
        int expected = threshold.getValue().contains(doc.getKey()) ? 1 : 0;
        assertEquals(expected, run.exit(), "--fail-on " + threshold.getKey() + " on " + doc.getKey());
        assertEquals("", run.err());
      }
    }
    // The default threshold is warning.
    assertEquals(0, figlint("lint", infos()).exit());
    assertEquals(1, figlint("lint", WARNINGS).exit());
  }

  @Test
  void usageErrorsExitTwoWithOneLine() {
    List<List<String>> usages = List.of(
        List.of("lint", "--fail-on", "fatal", CLEAN),
        List.of("lint", "--reference-date", "2024-13-01", CLEAN),
        List.of("lint", "--no-such-option", CLEAN),
        List.of("lint"),
        List.of("extract", "--format", "xml", CLEAN),
        List.of("lint", "--format", "xml", CLEAN),
        List.of("lint", "--format", "", CLEAN),
        List.of("lint", "--lang", "xx", CLEAN),
        List.of("nosuchcommand"));
    for (List<String> args : usages) {
      Run run = figlint(args.toArray(String[]::new));
      assertEquals(2, run.exit(), args::toString);
      assertEquals("", run.out(), args::toString);
      assertEquals(1, run.errLines().size(), () -> args + " printed " + run.err());
      assertTrue(run.err().startsWith("figlint: "), run::err);
    }
    assertEquals(List.of("figlint: unknown output format 'xml'; known formats: text, json, sarif, github, checkstyle, junit, html"),
        figlint("lint", "--format", "xml", CLEAN).errLines());
    assertEquals(List.of("figlint: --lang must be fr or en, not 'xx'"),
        figlint("lint", "--lang", "xx", CLEAN).errLines());
  }

  // ---------------------------------------------------------------- where and how it reports

  @Test
  void outputFileHoldsTheReport() throws IOException {
    for (String format : List.of("text", "json", "sarif")) {
      Path report = dir.resolve("report." + format);
      Run run = figlint("lint", "--format", format, "--output", report.toString(), ERRORS);
      assertEquals(1, run.exit());
      assertEquals("", run.out());
      assertEquals("", run.err());
      assertEquals(figlint("lint", "--format", format, ERRORS).out(), Files.readString(report));
    }
    Path nowhere = dir.resolve("missing-folder").resolve("report.json");
    Run run = figlint("lint", "--format", "json", "--output", nowhere.toString(), ERRORS);
    assertEquals(2, run.exit());
    assertEquals(List.of("figlint: cannot write " + nowhere + " (no such file)"), run.errLines());
  }

  @Test
  void englishMessages() throws IOException {
    JsonNode en = JSON.readTree(figlint("lint", "--lang", "en", "--format", "json", ERRORS).out());
    JsonNode fr = JSON.readTree(figlint("lint", "--format", "json", ERRORS).out());
    assertEquals("'lundi 18 mars 2025': 18 March 2025 is a Tuesday, not a Monday.",
        en.at("/findings/0/message").asText());
    assertEquals("« lundi 18 mars 2025 » : le 18 mars 2025 est un mardi, pas un lundi.",
        fr.at("/findings/0/message").asText());
    Run text = figlint("lint", "--lang", "en", ERRORS);
    int n = fr.get("findings").size();
    assertTrue(n >= 3, fr::toString);
    assertTrue(text.out().endsWith(n + " problems (" + n + " errors, 0 warnings, 0 infos) in 1"
        + " file\n"), text::out);
  }

  @Test
  void jsonFindingsAreSortedByFileLineColumn() throws IOException {
    JsonNode report = JSON.readTree(
        figlint("lint", "--format", "json", "seeds", CHECKS.toString()).out());
    List<JsonNode> findings = new ArrayList<>();
    report.get("findings").forEach(findings::add);
    assertTrue(findings.size() >= 10, report::toString);
    List<JsonNode> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparing((JsonNode f) -> f.get("file").asText())
        .thenComparingInt(f -> f.get("line").asInt())
        .thenComparingInt(f -> f.get("column").asInt()));
    assertEquals(sorted, findings);
  }

  @Test
  void twoRunsGiveTheSameBytes() {
    for (String format : List.of("text", "json", "sarif")) {
      Run first = figlint("lint", "--format", format, "seeds", CHECKS.toString());
      Run second = figlint("lint", "--format", format, "seeds", CHECKS.toString());
      assertEquals(first, second, format);
      assertFalse(first.out().isEmpty());
    }
  }

  @Test
  void sarifIsValidAndItsRegionsHoldTheirSnippets() throws IOException {
    Run run = figlint("lint", "--format", "sarif", "seeds", CHECKS.toString());
    assertEquals(1, run.exit());
    JsonNode sarif = JSON.readTree(run.out());
    assertEquals(List.of(), sarifSchema().validate(sarif));
    JsonNode results = sarif.at("/runs/0/results");
    assertTrue(results.size() >= 10, results::toString);
    int regions = 0;
    for (JsonNode result : results) {
      List<JsonNode> locations = new ArrayList<>();
      result.get("locations").forEach(locations::add);
      if (result.has("relatedLocations")) {
        result.get("relatedLocations").forEach(locations::add);
      }
      for (JsonNode location : locations) {
        JsonNode physical = location.get("physicalLocation");
        JsonNode region = physical.get("region");
        for (String field : List.of("startLine", "startColumn", "endLine", "endColumn")) {
          assertTrue(region.path(field).isInt(), () -> field + " missing in " + result);
        }
        Path file = Path.of(URI.create(physical.at("/artifactLocation/uri").asText()).getPath());
        String original = OriginalText.of(file).slice(region.get("startLine").asInt(),
            region.get("startColumn").asInt(), region.get("endLine").asInt(),
            region.get("endColumn").asInt());
        assertEquals(original, region.at("/snippet/text").asText(), result::toString);
        regions++;
      }
    }
    assertTrue(regions > results.size());
  }

  static Schema sarifSchema() throws IOException {
    var config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_7, builder -> builder.schemaRegistryConfig(config));
    try (InputStream in =
        LintContractTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
      return registry.getSchema(in);
    }
  }

  // ---------------------------------------------------------------- rules and explain

  @Test
  void rulesListsTheTenChecks() {
    Run run = figlint("rules");
    assertEquals(0, run.exit());
    List<String> lines = run.out().lines().toList();
    assertEquals(10, lines.size(), run::out);
    assertEquals(List.of("weekday-mismatch", "parts-exceed-whole", "conversion-mismatch",
        "figure-mismatch", "date-mismatch", "fact-contradiction", "relative-date-mismatch",
        "tense-date-mismatch", "count-mismatch", "name-variant"),
        lines.stream().map(l -> l.split(" +")[0]).toList());
  }

  @Test
  void explainPrintsTheDocumentation() {
    Run run = figlint("explain", "weekday-mismatch");
    assertEquals(0, run.exit());
    assertTrue(run.out().startsWith("weekday-mismatch (error)\n\n"
        + "Un jour de la semaine qui ne correspond pas à sa date\n"), run::out);
    assertTrue(run.out().contains("Exemple : lundi 18 mars 2025"), run::out);
    Run en = figlint("explain", "--lang", "en", "weekday-mismatch");
    assertTrue(en.out().contains("A weekday that does not match its date"), en::out);

    Run unknown = figlint("explain", "weekday-mismatsh");
    assertEquals(2, unknown.exit());
    assertEquals("", unknown.out());
    assertEquals(List.of("figlint: unknown check 'weekday-mismatsh' (see figlint rules)"),
        unknown.errLines());
  }

  @Test
  void brokenRulesFileIsOneLineBeforeAnyDocument() throws IOException {
    Path rules = Files.createDirectory(dir.resolve("rules"));
    Path yaml = Files.writeString(rules.resolve("figlint.yaml"), """
        checks:
          weekday-mismatch: { severity: error }
        check-severity: warning
        """);
    Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2});
    Run run = figlint("lint", "--rules", rules.toString(), dir.resolve("missing.txt").toString(),
        binary.toString(), ERRORS);
    assertEquals(2, run.exit());
    assertEquals("", run.out());
    assertEquals(1, run.errLines().size(), run::err);
    String line = run.errLines().get(0);
    assertTrue(line.matches("\\Q" + yaml + "\\E:3:1: unknown key 'check-severity'.*"), line);
  }

  // ---------------------------------------------------------------- internal errors

  @Test
  void debugIsAGlobalOption() {
    for (String[] args : List.of(new String[] {"--debug", "lint", CLEAN},
        new String[] {"lint", "--debug", CLEAN}, new String[] {"extract", CLEAN, "--debug"})) {
      CommandLine cl = Main.commandLine();
      assertTrue(Main.debug(cl.parseArgs(args)), String.join(" ", args));
    }
    assertFalse(Main.debug(Main.commandLine().parseArgs("lint", CLEAN)));
    assertEquals(0, figlint("--debug", "lint", CLEAN).exit());
  }

  /** A command that fails as a bug or a pathological input would make it fail. */
  @CommandLine.Command(name = "fail")
  static final class Failing implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Parameters String what;

    @Override
    public Integer call() {
      switch (what) {
        case "stack" -> throw new StackOverflowError();
        case "memory" -> throw new OutOfMemoryError("Java heap space");
        default -> throw new IllegalStateException("broken\ninvariant");
      }
    }
  }

  @Test
  void failuresOfACommandAreOneLine() {
    Map<String, String> expected = Map.of(
        "stack", "figlint: internal error: stack overflow (run with --debug for details)",
        "memory", "figlint: internal error: out of memory (run with --debug for details)",
        "bug", "figlint: internal error: IllegalStateException: broken invariant"
            + " (run with --debug for details)");
    for (var e : expected.entrySet()) {
      CommandLine cl = Main.commandLine().addSubcommand(new Failing());
      StringWriter err = new StringWriter();
      cl.setErr(new PrintWriter(err));
      assertEquals(2, cl.execute("fail", e.getKey()));
      assertEquals(List.of(e.getValue()), err.toString().lines().toList());

      cl = Main.commandLine().addSubcommand(new Failing());
      StringWriter debug = new StringWriter();
      cl.setErr(new PrintWriter(debug));
      assertEquals(2, cl.execute("fail", "--debug", e.getKey()));
      assertTrue(debug.toString().contains("\tat org.figlint.cli.LintContractTest$Failing.call"),
          debug::toString);
    }
  }

  @Test
  void internalErrorsAreOneLineWithoutDebug() {
    StringWriter quiet = new StringWriter();
    Main.internalError(new PrintWriter(quiet), new IllegalStateException("no\nrate"), false);
    assertEquals(List.of("figlint: internal error: IllegalStateException: no rate"
        + " (run with --debug for details)"), quiet.toString().lines().toList());

    StringWriter loud = new StringWriter();
    Main.internalError(new PrintWriter(loud), new StackOverflowError(), true);
    List<String> lines = loud.toString().lines().toList();
    assertEquals("figlint: internal error: stack overflow", lines.get(0));
    assertTrue(lines.size() > 2 && lines.get(2).contains("\tat "), loud::toString);
  }
}
