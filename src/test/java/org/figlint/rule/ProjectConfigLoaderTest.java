package org.figlint.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.figlint.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a .figlint.yaml, and applying its checks over a rules folder. */
class ProjectConfigLoaderTest {

  private static final List<String> FORMATS = List.of("text", "json");

  @TempDir Path tmp;

  private ProjectConfig load(String content) throws IOException {
    Path file = tmp.resolve("project/.figlint.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return new ProjectConfigLoader(new DefaultCheckCatalog(), FORMATS).load(file, "x");
  }

  @Test
  void everyKeyRead() throws IOException {
    Files.createDirectories(tmp.resolve("project/rules"));
    Files.createDirectories(tmp.resolve("shared"));
    Files.writeString(tmp.resolve("shared/facts.yaml"), "facts: []\n");
    ProjectConfig config = load("""
        rules: rules
        facts: [../shared/facts.yaml]
        ignore: ["drafts/", "*.tmp.md"]
        reference-date: 2024-05-01
        format: JSON
        fail-on: error
        lang: en
        archive: .figlint/archive
        checks:
          name-variant: { enabled: false, max-distance: 1 }
        """);
    assertEquals(tmp.resolve("project/rules"), config.rules());
    assertEquals(List.of(tmp.resolve("shared/facts.yaml")), config.facts());
    assertEquals(List.of("drafts/", "*.tmp.md"), config.ignore());
    assertEquals(LocalDate.of(2024, 5, 1), config.referenceDate());
    assertEquals("json", config.format());
    assertEquals("error", config.failOn());
    assertEquals("en", config.lang());
    assertEquals(tmp.resolve("project/.figlint/archive"), config.archive());
    assertEquals(tmp.resolve("project"), config.directory());
    CheckOverride variant = config.checks().get("name-variant");
    assertEquals(Boolean.FALSE, variant.enabled());
    assertNull(variant.severity());
    assertEquals(1, variant.params().get("max-distance"));
  }

  @Test
  void anEmptyFileSetsNothing() throws IOException {
    for (String content : List.of("", "# only a comment\n", "format:\nchecks:\n")) {
      ProjectConfig config = load(content);
      assertNull(config.format());
      assertTrue(config.checks().isEmpty());
      assertTrue(config.facts().isEmpty());
    }
  }

  @Test
  void overridesKeepWhatTheyDoNotName() throws IOException {
    Path rules = Files.createDirectories(tmp.resolve("rules"));
    Files.writeString(rules.resolve("figlint.yaml"), """
        checks:
          conversion-mismatch: { severity: info, tolerance: 0.05 }
          name-variant: { enabled: false }
        """);
    RuleSet base = new RuleLoader(new DefaultCheckCatalog(), FakeGrammar::parse).load(rules);
    ProjectConfig config = load("""
        checks:
          conversion-mismatch: { severity: error }
          name-variant: { min-length: 8 }
        """);
    RuleSet merged = base.withOverrides(config.checks().values());
    CheckConfig conversion = merged.check("conversion-mismatch");
    assertEquals(Severity.ERROR, conversion.severity());
    assertEquals(new BigDecimal("0.05"), conversion.decimal("tolerance"));
    CheckConfig variant = merged.check("name-variant");
    assertFalse(variant.enabled());
    assertEquals(8, variant.integer("min-length"));
    assertEquals(2, variant.integer("max-distance"));
    assertEquals(base.check("weekday-mismatch"), merged.check("weekday-mismatch"));
    assertEquals(base.facts(), merged.facts());
  }

  @Test
  void foundInTheNearestFolderUpward() throws IOException {
    Path deep = Files.createDirectories(tmp.resolve("a/b/c"));
    Files.writeString(tmp.resolve("a/.figlint.yaml"), "");
    assertEquals(tmp.resolve("a/.figlint.yaml"), ProjectConfig.find(deep).orElseThrow());
    Files.writeString(tmp.resolve("a/b/.figlint.yaml"), "");
    assertEquals(tmp.resolve("a/b/.figlint.yaml"), ProjectConfig.find(deep).orElseThrow());
    // A folder of that name is no settings file.
    Files.createDirectories(tmp.resolve("a/b/c/.figlint.yaml"));
    assertEquals(tmp.resolve("a/b/.figlint.yaml"), ProjectConfig.find(deep).orElseThrow());
  }
}
