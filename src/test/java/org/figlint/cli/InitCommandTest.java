package org.figlint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.figlint.report.Renderers;
import org.figlint.rule.DefaultCheckCatalog;
import org.figlint.rule.ProjectConfig;
import org.figlint.rule.ProjectConfigLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** figlint init writes a starter .figlint.yaml that loads, and never overwrites by accident. */
class InitCommandTest {

  @TempDir Path tmp;

  @Test
  void writesAStarterThatLoads() throws IOException {
    Cli.Run run = Cli.run(tmp, "init");
    assertEquals(0, run.exit(), run.err());
    Path file = tmp.resolve(".figlint.yaml");
    assertTrue(Files.readString(file).startsWith("# figlint project settings."));
    ProjectConfig config = load(file);
    assertEquals("text", config.format());
    assertEquals("warning", config.failOn());
    assertEquals("fr", config.lang());
    assertEquals(0, config.checks().size());
    // and figlint lint accepts it
    Files.writeString(tmp.resolve("a.txt"), "Texte.\n");
    assertEquals(0, Cli.run(tmp, "lint", tmp.resolve("a.txt").toString()).exit());
  }

  @Test
  void everyCommentedExampleLoadsOnceUncommented() throws IOException {
    assertEquals(0, Cli.run(tmp, "init").exit());
    Path file = tmp.resolve(".figlint.yaml");
    String uncommented = Files.readString(file).lines()
        .map(line -> line.replaceFirst("^( *)# (?=[a-z][a-z-]*:|- )", "$1"))
        .collect(Collectors.joining("\n", "", "\n"));
    assertNotEquals(Files.readString(file), uncommented);
    Files.writeString(file, uncommented);
    Files.createDirectories(tmp.resolve("rules"));
    Files.createDirectories(tmp.resolve("facts"));
    Files.writeString(tmp.resolve("facts/local.yaml"), "facts: []\n");
    ProjectConfig config = load(file);
    assertEquals(tmp.resolve("rules"), config.rules());
    assertEquals(2, config.ignore().size());
    assertEquals(new DefaultCheckCatalog().ids(), config.checks().keySet().stream().toList());
    assertEquals(tmp.resolve(".figlint/archive"), config.archive());
  }

  @Test
  void refusesToOverwriteUnlessForced() throws IOException {
    Path file = tmp.resolve(".figlint.yaml");
    Files.writeString(file, "lang: en\n");
    Cli.Run refused = Cli.run(tmp, "init");
    assertEquals(2, refused.exit());
    assertEquals("figlint: .figlint.yaml already exists; use --force to overwrite it",
        refused.err().strip());
    assertEquals("lang: en\n", Files.readString(file));
    Cli.Run forced = Cli.run(tmp, "init", "--force");
    assertEquals(0, forced.exit(), forced.err());
    assertTrue(Files.readString(file).startsWith("# figlint project settings."));
  }

  private static ProjectConfig load(Path file) {
    return new ProjectConfigLoader(new DefaultCheckCatalog(), Renderers.names())
        .load(file, file.toString());
  }
}
