package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code figlint lint --facts FILE doc.txt} with a broken or hostile fact file: exit code 2, no
 * output, and exactly one line on stderr, {@code FILE:line:column: detail}, before any document
 * is read. The loader's own messages are tested in BrokenRulesTest and YamlSafetyTest; this is
 * the contract at the command line, for what those do not cover.
 */
class BrokenFactFilesTest {

  private record Case(String name, byte[] content, String position, String detail) {
    Case(String name, String content, String position, String detail) {
      this(name, content.getBytes(StandardCharsets.UTF_8), position, detail);
    }
  }

  private static final String FACT =
      "  - { id: g7, about: [G7], value: \"mai 2023\", source: \"https://example.org/a\" }\n";

  private static final List<Case> CASES = List.of(
      new Case("alias bomb", """
          a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
          b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
          c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
          facts: *c
          """, "1:4", "YAML anchors (&name) are not allowed in rule files"),
      new Case("an alias to a missing anchor", "facts: *a\n", "1:8",
          "YAML aliases (*name) are not allowed in rule files"),
      new Case("deep flow nesting", "facts: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n",
          "1:39", "nesting deeper than 32 levels"),
      new Case("deep block nesting", "facts:\n" + blockNesting(200), "33:65",
          "nesting deeper than 32 levels"),
      new Case("a Java type tag", "facts:\n  - !!java.net.URL [\"http://localhost/\"]\n", "2:5",
          "YAML tags (!tag) are not allowed in rule files"),
      new Case("an id of the wrong type", """
          facts:
            - { id: 12, about: [G7], value: "mai 2023", source: "https://example.org/a" }
          """, "2:11", "'id' of a fact must be a text, not a whole number"),
      new Case("about of the wrong type", """
          facts:
            - { id: g7, about: G7, value: "mai 2023", source: "https://example.org/a" }
          """, "2:22", "'about' of fact 'g7' must be a list, not a text"),
      new Case("facts of the wrong type", "facts: 15\n", "1:8", "facts must be a list, not a whole"
          + " number"),
      new Case("an unknown top-level key", "fact:\n" + FACT, "1:1",
          "unknown key 'fact'; this file has only 'facts'"),
      new Case("an unknown fact key", """
          facts:
            - { id: g7, about: [G7], value: "mai 2023", source: "https://example.org/a", url: x }
          """, "2:80", "unknown key 'url' in fact"),
      new Case("a duplicated id in the file", "facts:\n" + FACT + FACT, "3:11",
          "duplicate fact id 'g7', first defined at "),
      new Case("an id of a bundled fact", """
          facts:
            - id: g7-hiroshima-summit
              about: [G7]
              value: "mai 2023"
              source: "https://example.org/a"
          """, "2:9", "duplicate fact id 'g7-hiroshima-summit', first defined at figlint/rules/"),
      new Case("a duplicated key", """
          facts:
            - { id: g7, id: g8, about: [G7], value: "mai 2023", source: "https://example.org/a" }
          """, "2:15", "duplicate key 'id'"),
      new Case("bytes that are not UTF-8", new byte[] {'f', 'a', 'c', 't', 's', ':', ' ', '[',
          (byte) 0xC3, '(', ']', '\n'}, "1:9", "not valid UTF-8 at byte 8"),
      new Case("bytes that are not UTF-8 on a later line", "facts:\n  - { id: g7, about: [\"é\"\u00A0] }\n  - x\u00E9"
          .getBytes(StandardCharsets.ISO_8859_1), "2:24", "not valid UTF-8 at byte 30"),
      new Case("a NUL byte", new byte[] {'f', 'a', 'c', 't', 's', ':', 0, '\n'}, "1:7",
          "YAML syntax error: character U+0000 is not allowed"),
      new Case("a line break that YAML quotes in its message", "facts: []\n%\u0085\n", "2:2",
          "YAML syntax error: expected alphabetic or numeric character, but found (133)"),
      new Case("a control character on a later line", "facts:\n  - \u0007\n", "2:5",
          "YAML syntax error: character U+0007 is not allowed"));

  private static String blockNesting(int depth) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i <= depth; i++) {
      out.append("  ".repeat(i)).append("-\n");
    }
    return out.toString();
  }

  @TempDir Path dir;

  private Cli.Run lint(Path facts) throws IOException {
    Path doc = Files.writeString(dir.resolve("doc.txt"), "Le G7 s'est tenu en mai 2023.\n");
    return Cli.run(dir, "lint", "--no-config", "--facts", facts.toString(), doc.toString());
  }

  /** Exit 2, no output, one stderr line naming the file and a position; returns that line. */
  private String assertOneLine(Path facts, Cli.Run run) {
    assertEquals(2, run.exit(), run::err);
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(1, lines.size(), run::err);
    assertTrue(run.err().strip().codePoints().noneMatch(c -> Character.isISOControl(c)
        || c == '\u2028' || c == '\u2029'), run::err);
    String line = lines.get(0);
    String name = facts.toString().replace('\\', '/');
    assertTrue(line.matches(java.util.regex.Pattern.quote(name) + ":[1-9][0-9]*:[1-9][0-9]*: \\S.*"),
        line);
    return line.substring(name.length() + 1);
  }

  @TestFactory
  Stream<DynamicTest> eachBrokenFactFileIsOneLineAndExitTwo() {
    return CASES.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
      Path facts = Files.write(dir.resolve(c.name().replace(' ', '-') + ".yaml"), c.content());
      String rest = assertOneLine(facts, lint(facts));
      assertTrue(rest.startsWith(c.position() + ": " + c.detail()),
          () -> "expected " + c.position() + ": " + c.detail() + "...\n     got " + rest);
    }));
  }

  @TestFactory
  Stream<DynamicTest> aHugeFactFileIsRefusedWithoutReadingItAll() {
    return Stream.of(
        DynamicTest.dynamicTest("20 MB of facts", () -> {
          Path facts = dir.resolve("huge.yaml");
          try (OutputStream out = Files.newOutputStream(facts)) {
            out.write("facts:\n".getBytes(StandardCharsets.UTF_8));
            byte[] fact = FACT.replace("g7", "g7-%07d").getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < 20L * 1024 * 1024; written += fact.length) {
              out.write(fact);
            }
          }
          assertEquals("1:1: file is larger than 10485760 bytes", assertOneLine(facts, lint(facts)));
        }),
        DynamicTest.dynamicTest("20 MB on one line", () -> {
          Path facts = dir.resolve("line.yaml");
          try (OutputStream out = Files.newOutputStream(facts)) {
            out.write("facts: [\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 16).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 20 * 16; i++) {
              out.write(chunk);
            }
          }
          assertEquals("1:1: file is larger than 10485760 bytes", assertOneLine(facts, lint(facts)));
        }));
  }
}
