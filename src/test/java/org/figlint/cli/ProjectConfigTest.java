package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** .figlint.yaml: found from the current folder upward, named with --config, below options. */
class ProjectConfigTest {

  /** A Friday 13 March: wrong in 2025 (a Thursday), right in 2026. */
  private static final String FRIDAY = "Le vote du vendredi 13 mars est confirmé.\n";

  @TempDir Path tmp;

  private Path write(String path, String content) throws IOException {
    Path file = tmp.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  private String doc() throws IOException {
    return write("docs/vote.txt", FRIDAY).toString();
  }

  @Test
  void foundFromASubfolder() throws IOException {
    write(".figlint.yaml", "reference-date: 2025-03-01\nformat: json\n");
    Path sub = Files.createDirectories(tmp.resolve("a/b"));
    Cli.Run run = Cli.run(sub, "lint", doc());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().startsWith("{"), run.out());
    assertTrue(run.out().contains("\"ruleId\": \"weekday-mismatch\""), run.out());
  }

  @Test
  void theNearestFileWins() throws IOException {
    write(".figlint.yaml", "reference-date: 2025-03-01\n");
    write("a/.figlint.yaml", "reference-date: 2026-03-01\n");
    assertEquals(0, Cli.run(tmp.resolve("a"), "lint", doc()).exit());
    assertEquals(1, Cli.run(tmp, "lint", doc()).exit());
  }

  @Test
  void withoutAFileTheDefaultsApply() throws IOException {
    Cli.Run run = Cli.run(Files.createDirectories(tmp.resolve("empty")), "lint", doc());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().startsWith("Aucun problème"), run.out());
  }

  @Test
  void configNamesAFileAndNoConfigSkipsThem() throws IOException {
    write(".figlint.yaml", "reference-date: 2026-03-01\n");
    Path other = write("other/settings.yaml", "reference-date: 2025-03-01\n");
    assertEquals(0, Cli.run(tmp, "lint", doc()).exit());
    assertEquals(1, Cli.run(tmp, "lint", "--config", other.toString(), doc()).exit());
    write(".figlint.yaml", "reference-date: 2025-03-01\n");
    assertEquals(1, Cli.run(tmp, "lint", doc()).exit());
    assertEquals(0, Cli.run(tmp, "lint", "--no-config", doc()).exit());
  }

  @Test
  void commandLineOptionsWin() throws IOException {
    write(".figlint.yaml", """
        reference-date: 2025-03-01
        format: json
        fail-on: never
        lang: en
        """);
    String doc = doc();
    Cli.Run fromFile = Cli.run(tmp, "lint", doc);
    assertEquals(0, fromFile.exit(), "fail-on: never");
    assertTrue(fromFile.out().contains("\"ruleId\": \"weekday-mismatch\""), fromFile.out());
    assertTrue(fromFile.out().contains("is a Thursday"), "lang: en\n" + fromFile.out());

    Cli.Run options = Cli.run(tmp, "lint", "--format", "text", "--fail-on", "error",
        "--lang", "fr", doc);
    assertEquals(1, options.exit());
    assertTrue(options.out().contains("est un jeudi"), options.out());
    assertTrue(options.out().contains("[weekday-mismatch]"), options.out());

    Cli.Run date = Cli.run(tmp, "lint", "--reference-date", "2026-03-01", "--fail-on", "error",
        doc);
    assertEquals(0, date.exit(), date.out());
  }

  @Test
  void checksOverrideTheRulesFolder() throws IOException {
    write(".figlint.yaml", """
        reference-date: 2025-03-01
        format: json
        checks:
          weekday-mismatch: { severity: info }
        """);
    Cli.Run run = Cli.run(tmp, "lint", doc());
    assertEquals(0, run.exit(), "an info does not reach fail-on warning");
    assertTrue(run.out().contains("\"severity\": \"info\""), run.out());

    write(".figlint.yaml", """
        reference-date: 2025-03-01
        checks:
          weekday-mismatch:
            enabled: false
        """);
    assertEquals(0, Cli.run(tmp, "lint", doc()).exit());
  }

  @Test
  void rulesAndFactsAreRelativeToTheFile() throws IOException {
    write("project/my-rules/figlint.yaml", "checks:\n  weekday-mismatch: { enabled: false }\n");
    write("project/facts/local.yaml", """
        facts:
          - id: local-vote
            about: ["Bruxelles"]
            keywords: ["vote"]
            value: "le 20 mars 2025"
            source: "https://example.org/vote"
        """);
    write("project/.figlint.yaml", """
        rules: my-rules
        facts: [facts/local.yaml]
        reference-date: 2025-03-01
        format: json
        """);
    Path doc = write("project/docs/vote.txt",
        "Le vote de Bruxelles aura lieu le 27 mars 2025. " + FRIDAY);
    Cli.Run run = Cli.run(tmp.resolve("project/docs"), "lint", doc.toString());
    assertTrue(run.out().contains("\"ruleId\": \"fact-contradiction\""), run.out());
    assertTrue(!run.out().contains("weekday-mismatch"), run.out());
    // --rules wins over rules:, and --facts adds to facts:
    Cli.Run bundled = Cli.run(tmp.resolve("project"), "lint", "--rules",
        tmp.resolve("project/my-rules").toString(), "--facts",
        tmp.resolve("project/facts/local.yaml").toString(), doc.toString());
    assertEquals(run.out(), bundled.out(), "the same fact file given twice is read once");
  }

  @Test
  void ignoreGlobsApplyToWalkedFolders() throws IOException {
    write("docs/a.txt", "Texte.\n");
    write("docs/drafts/b.txt", "Texte.\n");
    write("docs/c.generated.md", "Texte.\n");
    write("docs/.gitignore", "*.log.txt\n");
    write("docs/d.log.txt", "Texte.\n");
    write(".figlint.yaml", "format: junit\nignore: [drafts/, \"*.generated.md\"]\n");
    Cli.Run run = Cli.run(tmp, "lint", tmp.resolve("docs").toString());
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("name=\"" + tmp.resolve("docs/a.txt") + "\""), run.out());
    assertEquals(1, run.out().split("<testcase ", -1).length - 1, run.out());
    // A file named on the command line is always read.
    Cli.Run named = Cli.run(tmp, "lint", tmp.resolve("docs/drafts/b.txt").toString());
    assertTrue(named.out().contains("drafts/b.txt"), named.out());
  }

  // ------------------------------------------------------------------ broken files

  /** A broken .figlint.yaml, and the position and message expected. */
  record Broken(String name, String content, String position, String message) {}

  private static final List<Broken> BROKEN = List.of(
      new Broken("YAML syntax error", "format: [json\n", "2:1",
          "YAML syntax error: expected ',' or ']', but got <stream end> (while parsing a flow"
              + " sequence)"),
      new Broken("not a mapping", "- format\n", "1:1",
          "the file must be a mapping (key: value), not a list"),
      new Broken("unknown key", "format: json\nformt: text\n", "2:1",
          "unknown key 'formt'; known keys: archive, checks, facts, fail-on, format, ignore, lang,"
              + " reference-date, rules"),
      new Broken("duplicate key", "lang: fr\nlang: en\n", "2:1", "duplicate key 'lang'"),
      new Broken("anchor", "checks: &c {}\n", "1:9",
          "YAML anchors (&name) are not allowed in rule files"),
      new Broken("ignore is not a list", "ignore: drafts/\n", "1:9",
          "'ignore' must be a list, not a text"),
      new Broken("facts hold a number", "facts:\n  - 12\n", "2:5",
          "'facts' must list texts, not a whole number"),
      new Broken("format is a list", "format: [json]\n", "1:9",
          "'format' must be a text, not a list"),
      new Broken("unknown format", "format: xml\n", "1:9",
          "bad format 'xml'; use text, json, sarif, github, checkstyle, junit, html"),
      new Broken("bad fail-on", "fail-on: fatal\n", "1:10",
          "bad fail-on 'fatal'; use error, warning, info, never"),
      new Broken("bad lang", "lang: de\n", "1:7", "bad lang 'de'; use fr, en"),
      new Broken("bad date", "reference-date: 2024-02-30\n", "1:17",
          "bad date '2024-02-30' for 'reference-date'; write a real date as YYYY-MM-DD"),
      new Broken("date beyond four digits", "reference-date: +999999999-12-31\n", "1:17",
          "bad date '+999999999-12-31' for 'reference-date'; write a real date as YYYY-MM-DD"),
      new Broken("date as a number", "reference-date: 20240101\n", "1:17",
          "'reference-date' must be a date YYYY-MM-DD, not a whole number"),
      new Broken("checks is a list", "checks:\n  - weekday-mismatch\n", "2:3",
          "checks must be a mapping (key: value), not a list"),
      new Broken("unknown check", "checks:\n  weekday-mismatsh: { enabled: false }\n", "2:3",
          "unknown check 'weekday-mismatsh'; known checks: weekday-mismatch,"),
      new Broken("unknown parameter", "checks:\n  name-variant: { max-distanse: 3 }\n", "2:19",
          "unknown parameter 'max-distanse' for check 'name-variant'; known: enabled, severity,"
              + " max-distance, min-length"),
      new Broken("parameter out of range", "checks:\n  conversion-mismatch:\n    tolerance: 2\n",
          "3:16", "parameter 'tolerance' of check 'conversion-mismatch' must be between 0 and 1,"
              + " not 2"),
      new Broken("bad severity", "checks:\n  date-mismatch: { severity: fatal }\n", "2:30",
          "bad severity 'fatal' for check 'date-mismatch'; use error, warning or info"),
      new Broken("enabled is not a boolean", "checks:\n  date-mismatch: { enabled: yes }\n",
          "2:29", "'enabled' of check 'date-mismatch' must be true or false, not a text"),
      new Broken("rules folder missing", "rules: no-such-folder\n", "1:8",
          "'rules' names 'no-such-folder', which is not a folder"),
      new Broken("fact file missing", "facts: [a.yaml, missing.yaml]\n", "1:17",
          "'facts' names 'missing.yaml', which is not a file"),
      new Broken("bad glob", "ignore:\n  - \"drafts/[a-z\"\n", "2:5",
          "the glob 'drafts/[a-z' has a '[' without its ']'"));

  @TestFactory
  Stream<DynamicTest> aBrokenFileIsOneLineAndExitTwoBeforeAnyDocument() {
    return BROKEN.stream().map(b -> DynamicTest.dynamicTest(b.name(), () -> {
      Path dir = Files.createTempDirectory(tmp, "broken");
      Files.writeString(dir.resolve("a.yaml"), "facts: []\n");
      Path file = dir.resolve("settings.yaml");
      Files.writeString(file, b.content());
      // A missing document would be reported too, if documents were read.
      String missing = dir.resolve("missing.txt").toString();
      Cli.Run run = Cli.run(dir, "lint", "--config", file.toString(), missing);
      String prefix = file + ":" + b.position() + ": ";
      assertEquals(2, run.exit(), run.err());
      assertTrue(run.err().startsWith(prefix + b.message()),
          () -> "expected " + prefix + b.message() + "\n     got " + run.err());
      assertEquals(1, run.err().lines().count(), run.err());
      assertEquals("", run.out());

      // Found in the current folder, the file is named as a user would write it.
      Files.move(file, dir.resolve(".figlint.yaml"));
      Cli.Run found = Cli.run(dir, "lint", missing);
      assertEquals(2, found.exit());
      assertTrue(found.err().startsWith(".figlint.yaml:" + b.position() + ": " + b.message()),
          found.err());
      Path sub = Files.createDirectories(dir.resolve("sub"));
      assertTrue(Cli.run(sub, "lint", missing).err().startsWith("../.figlint.yaml:"
          + b.position() + ": "));
    }));
  }

  @Test
  void aMissingConfigFileIsOneLine() {
    Path missing = tmp.resolve("nope.yaml");
    Cli.Run run = Cli.run(tmp, "lint", "--config", missing.toString(), "x.txt");
    assertEquals(2, run.exit());
    assertEquals(missing + ":1:1: no such file", run.err().strip());
  }
}
