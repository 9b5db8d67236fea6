package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** figlint lint as a user runs it, on the seeds and on documents written for the checks. */
class LintAcceptanceTest {
  private static final Path LINT = Path.of("src/test/resources/lint");

  record Run(int exit, List<String> findings, String err) {}

  static Run lint(String... args) throws Exception {
    CommandLine cl = Main.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    List<String> all = new ArrayList<>(List.of("lint", "--format", "json"));
    all.addAll(List.of(args));
    int exit = cl.execute(all.toArray(String[]::new));
    List<String> findings = new ArrayList<>();
    if (!out.toString().isBlank()) {
      JsonNode root = new ObjectMapper().readTree(out.toString());
      for (JsonNode f : root.get("findings")) {
        findings.add(f.get("file").asText().replaceAll(".*/", "") + ":" + f.get("line").asInt()
            + ":" + f.get("column").asInt() + " " + f.get("ruleId").asText() + " "
            + f.get("snippet").asText());
      }
    }
    return new Run(exit, findings, err.toString());
  }

  @Test
  void seedsHoldTheKnownErrors() throws Exception {
    Run run = lint("seeds");
    assertEquals(1, run.exit());
    List<String> f = run.findings();
    assertTrue(f.contains("000_e35f250d11f75d38.txt:7:302 fact-contradiction mai 2021"), f.toString());
    assertTrue(f.contains("000_e35f250d11f75d38.txt:57:197 conversion-mismatch 270 millions d’euros"),
        f.toString());
    assertTrue(f.contains("004_c6074d4587cf8863.txt:7:67 name-variant GTP-4o"), f.toString());
    assertTrue(f.contains("003_e4283a8d6b8c4fb6.txt:11:14 name-variant Mistrai IA"), f.toString());
    assertTrue(f.contains("001_d7f9e0e5df2dcc63.txt:23:34 name-variant OpenIA"), f.toString());
  }

  @Test
  void microsoftInvestmentAgainstTheFactBase() throws Exception {
    assertEquals(List.of("c-blog.txt:2:49 fact-contradiction 20 M€"),
        lint(LINT.resolve("microsoft").toString()).findings());
  }

  @Test
  void microsoftInvestmentAcrossSourcesWithoutFacts() throws Exception {
    assertEquals(List.of("c-blog.txt:2:49 figure-mismatch 20 M€"),
        lint("--no-default-facts", LINT.resolve("microsoft").toString()).findings());
  }

  @Test
  void cleanArticleStaysSilent() throws Exception {
    Run run = lint(LINT.resolve("clean").toString());
    assertEquals(List.of(), run.findings());
    assertEquals(0, run.exit());
  }

  @Test
  void brokenFactFileIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
    Path facts = dir.resolve("bad.yaml");
    Files.writeString(facts, "facts:\n  - id: Bad_Id\n    value: \"mai 2023\"\n");
    Run run = lint("--facts", facts.toString(), "seeds");
    assertEquals(2, run.exit());
    String message = run.err().strip();
    assertTrue(message.contains("bad.yaml:2:") && !message.contains("\n"), message);
  }
}
