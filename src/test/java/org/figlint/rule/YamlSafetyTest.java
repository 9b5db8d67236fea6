package org.figlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule files are data: hostile YAML fails fast with a one-line error and builds nothing. */
class YamlSafetyTest {

  private static final String BILLION_LAUGHS = """
      a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
      b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
      c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
      d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
      e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
      f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
      g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
      h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
      i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
      checks: *i
      """;

  private final RuleLoader loader = new RuleLoader(new DefaultCheckCatalog(), Optional::of);

  private RuleException failure(Path dir, String file, String content) throws IOException {
    Path path = dir.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, content);
    return assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(RuleException.class, () -> loader.load(dir)));
  }

  @Test
  void billionLaughsIsRefusedAtTheFirstAnchor(@TempDir Path dir) throws IOException {
    RuleException e = failure(dir, "figlint.yaml", BILLION_LAUGHS);
    assertEquals(dir.resolve("figlint.yaml").toString().replace('\\', '/')
        + ":1:4: YAML anchors (&name) are not allowed in rule files", e.getMessage());
  }

  @Test
  void billionLaughsInAFactFileToo(@TempDir Path dir) throws IOException {
    RuleException e = failure(dir, "facts/lol.yaml", BILLION_LAUGHS.replace("checks", "facts"));
    assertTrue(e.getMessage().endsWith(":1:4: YAML anchors (&name) are not allowed in rule files"),
        e.getMessage());
  }

  @Test
  void aliasWithoutAnchorIsRefused(@TempDir Path dir) throws IOException {
    RuleException e = failure(dir, "entities.yaml", "entities: *missing\n");
    assertTrue(e.getMessage().contains(":1:11: "), e.getMessage());
  }

  @Test
  void deepNestingIsRefused(@TempDir Path dir) throws IOException {
    String deep = "checks: " + "[".repeat(200) + "]".repeat(200) + "\n";
    RuleException e = failure(dir, "figlint.yaml", deep);
    assertEquals(dir.resolve("figlint.yaml").toString().replace('\\', '/')
        + ":1:40: nesting deeper than 32 levels", e.getMessage());
  }

  @Test
  void aFileOverTenMegabytesIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("entities.yaml");
    byte[] line = "# padding padding padding padding padding padding padding padding\n"
        .getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(file)) {
      for (long written = 0; written <= YamlReader.MAX_FILE_SIZE; written += line.length) {
        out.write(line);
      }
    }
    RuleException e = assertThrows(RuleException.class, () -> loader.load(dir));
    assertEquals(file.toString().replace('\\', '/') + ":1:1: file is larger than 10485760 bytes",
        e.getMessage());
  }

  @Test
  void javaTypeTagsBuildNothing(@TempDir Path dir) throws IOException {
    RuleException e = failure(dir, "facts/evil.yaml", """
        facts:
          - id: evil
            about: ["x"]
            value: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://localhost/"]]]]
            source: "https://example.org"
        """);
    assertTrue(e.getMessage().endsWith(":4:12: YAML tags (!tag) are not allowed in rule files"),
        e.getMessage());
  }
}
